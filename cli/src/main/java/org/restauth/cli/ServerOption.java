package org.restauth.cli;

import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --server}: the base URL of the server, the same option on every command that talks to one. */
final class ServerOption {
    static final String DEFAULT = "http://127.0.0.1:8080";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", defaultValue = DEFAULT,
            description = "Server base URL (default: ${DEFAULT-VALUE}).")
    private String server;

    /** The base URL without a trailing slash; {@code legacy} (a deprecated option's value) wins when given. */
    String base(String legacy) {
        String given = legacy != null ? legacy : server;
        URI uri;
        try {
            uri = URI.create(given);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--server is not a URL: " + given);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new ParameterException(spec.commandLine(), "--server needs an http:// or https:// URL: " + given);
        }
        return given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
    }

    /** The API endpoint under the base URL. */
    URI endpoint() {
        return URI.create(base(null) + "/restserver.php");
    }
}
