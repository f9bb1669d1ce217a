package org.restauth.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.restauth.core.app.AppType;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --type} and {@code --callback-url} of a new application, checked as the server checks them. */
final class AppOptions {
    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "desktop",
            description = "desktop (default) or web.")
    AppType type;

    @Option(names = "--callback-url", paramLabel = "URL",
            description = "Where login.php sends people back (web apps: required).")
    String callbackUrl;

    void validate(CommandLine command) {
        if (type == AppType.WEB && callbackUrl == null) {
            throw new ParameterException(command, "a web app needs --callback-url");
        }
        if (type == AppType.DESKTOP && callbackUrl != null) {
            throw new ParameterException(command, "--callback-url is only for web apps");
        }
        if (callbackUrl != null && !isHttpUrl(callbackUrl)) {
            throw new ParameterException(command, "--callback-url must be an absolute http(s) URL");
        }
    }

    String kind() {
        return type.name().toLowerCase(Locale.ROOT);
    }

    Optional<URI> callback() {
        return Optional.ofNullable(callbackUrl).map(URI::create);
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
    static String hex(SecureRandom random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
