package org.restauth.cli;

import java.util.ArrayList;
import java.util.List;
import org.restauth.core.request.Param;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** {@code key=value} arguments as parameters, in the order given; {@code key=} is an empty value. */
final class KeyValues {
    private KeyValues() {
    }

    static List<Param> parse(CommandLine command, List<String> arguments) {
        List<Param> params = new ArrayList<>(arguments.size());
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq < 1) {
                // no value echoed: it may be a secret typed in the wrong place
                throw new ParameterException(command, "Parameters must look like key=value (argument "
                        + (params.size() + 1) + " does not)");
            }
            params.add(new Param(argument.substring(0, eq), argument.substring(eq + 1)));
        }
        return params;
    }
}
