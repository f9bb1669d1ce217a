package org.restauth.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --json} is {@code --format json}; both at once must agree. */
final class Formats {
    private Formats() {
    }

    /** The format to ask for, or null for the server's default (xml). */
    static String chosen(CommandSpec spec, String format, boolean json) {
        if (json && format != null && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--json and --format " + format + " disagree");
        }
        return json ? "json" : format;
    }
}
