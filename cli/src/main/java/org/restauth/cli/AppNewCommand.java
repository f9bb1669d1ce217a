package org.restauth.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.restauth.core.app.AppType;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
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

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "desktop",
            description = "desktop (default) or web.")
    private AppType type;

    @Option(names = "--callback-url", paramLabel = "URL",
            description = "Where login.php sends people back (web apps: required).")
    private String callbackUrl;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "app",
            description = "Configuration name (lower-case letters, digits, -; default: ${DEFAULT-VALUE}).")
    private String name;

    @Override
    public Integer call() {
        validate();
        SecureRandom random = new SecureRandom();
        String apiKey = hex(random);
        String secret = hex(random);
        String kind = type.name().toLowerCase(java.util.Locale.ROOT);
        String prefix = "restauth.apps." + name + ".";
        PrintWriter out = spec.commandLine().getOut();
        out.println("# as system properties:");
        out.println("-D" + prefix + "api-key=" + apiKey);
        out.println("-D" + prefix + "secret=" + secret);
        out.println("-D" + prefix + "type=" + kind);
        if (callbackUrl != null) {
            out.println("'-D" + prefix + "callback-url=" + callbackUrl.replace("'", "'\\''") + "'");
        }
        out.println();
        out.println("# as application.yml:");
        out.println("restauth:");
        out.println("  apps:");
        out.println("    " + name + ":");
        out.println("      api-key: " + apiKey);
        out.println("      secret: " + secret);
        out.println("      type: " + kind);
        if (callbackUrl != null) {
            out.println("      callback-url: \"" + callbackUrl.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        out.flush();
        return ExitCode.OK;
    }

    private void validate() {
        if (!NAME.matcher(name).matches()) {
            throw new ParameterException(spec.commandLine(),
                    "--name must be lower-case letters, digits and -, starting with a letter or digit");
        }
        if (type == AppType.WEB && callbackUrl == null) {
            throw new ParameterException(spec.commandLine(), "a web app needs --callback-url");
        }
        if (type == AppType.DESKTOP && callbackUrl != null) {
            throw new ParameterException(spec.commandLine(), "--callback-url is only for web apps");
        }
        if (callbackUrl != null && !isHttpUrl(callbackUrl)) {
            throw new ParameterException(spec.commandLine(), "--callback-url must be an absolute http(s) URL");
        }
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** 128 bits as 32 lower-case hex characters, like the tokens. */
    private static String hex(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
