package org.restauth.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A new api key and secret, printed as the server's configuration (system properties and application.yml). */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Generate an api key and a secret and print the server configuration for them.")
final class AppNewCommand implements Callable<Integer> {
    /** Safe as a configuration key segment, unquoted, in YAML and in -D flags. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    @Spec
    private CommandSpec spec;

    @Mixin
    private AppOptions app;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "app",
            description = "Configuration name (lower-case letters, digits, -; default: ${DEFAULT-VALUE}).")
    private String name;

    @Override
    public Integer call() {
        validate();
        SecureRandom random = new SecureRandom();
        String apiKey = AppOptions.hex(random);
        String secret = AppOptions.hex(random);
        String kind = app.kind();
        String prefix = "restauth.apps." + name + ".";
        PrintWriter out = spec.commandLine().getOut();
        out.println("# as system properties:");
        out.println("-D" + prefix + "api-key=" + apiKey);
        out.println("-D" + prefix + "secret=" + secret);
        out.println("-D" + prefix + "type=" + kind);
        if (app.callbackUrl != null) {
            out.println("'-D" + prefix + "callback-url=" + app.callbackUrl.replace("'", "'\\''") + "'");
        }
        out.println();
        out.println("# as application.yml:");
        out.println("restauth:");
        out.println("  apps:");
        out.println("    " + name + ":");
        out.println("      api-key: " + apiKey);
        out.println("      secret: " + secret);
        out.println("      type: " + kind);
        if (app.callbackUrl != null) {
            out.println("      callback-url: \"" + app.callbackUrl.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        out.flush();
        return ExitCode.OK;
    }

    private void validate() {
        if (!NAME.matcher(name).matches()) {
            throw new ParameterException(spec.commandLine(),
                    "--name must be lower-case letters, digits and -, starting with a letter or digit");
        }
        app.validate(spec.commandLine());
    }
}
