package org.restauth.core.app;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.crypto.Secret;

/**
 * A registered application.
 *
 * @param callbackUrl where the login page sends a person back to (web applications); never taken from a request
 */
public record Application(String apiKey, Secret secret, AppType type, Optional<URI> callbackUrl, String displayName) {
    public Application {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(callbackUrl, "callbackUrl");
        Objects.requireNonNull(displayName, "displayName");
        if (apiKey.isEmpty()) {
            throw new IllegalArgumentException("api key cannot be empty");
        }
        callbackUrl.ifPresent(Application::requireHttp);
    }

    public static Application desktop(String apiKey, Secret secret, String displayName) {
        return new Application(apiKey, secret, AppType.DESKTOP, Optional.empty(), displayName);
    }

    public static Application web(String apiKey, Secret secret, URI callbackUrl, String displayName) {
        return new Application(apiKey, secret, AppType.WEB, Optional.of(callbackUrl), displayName);
    }

    public boolean isDesktop() {
        return type == AppType.DESKTOP;
    }

    private static void requireHttp(URI url) {
        String scheme = url.getScheme();
        if (!url.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("callback URL must be an absolute http(s) URL");
        }
    }
}
