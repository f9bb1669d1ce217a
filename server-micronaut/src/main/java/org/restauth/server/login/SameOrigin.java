package org.restauth.server.login;

import io.micronaut.context.exceptions.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Is a POST's {@code Origin} (or, lacking it, {@code Referer}) this server's own origin? The origin is
 * {@code restauth.login.origin} when configured (behind a proxy), else the request's scheme and Host header.
 */
final class SameOrigin {
    private final Optional<String> configured;

    private SameOrigin(Optional<String> configured) {
        this.configured = configured;
    }

    static SameOrigin of(String configured) {
        if (configured == null || configured.isBlank()) {
            return new SameOrigin(Optional.empty());
        }
        return new SameOrigin(Optional.of(originOf(configured.trim())
                .orElseThrow(() -> new ConfigurationException(
                        "restauth.login.origin must be an origin such as https://auth.example"))));
    }

    /**
     * Absent headers, and {@code Origin: null}, say nothing: browsers send {@code null} for a form posted from a
     * page with {@code Referrer-Policy: no-referrer}, ours included. The SameSite cookie still guards those.
     */
    boolean allows(String origin, String referer, boolean secure, String host) {
        String claimed = origin != null && !origin.isBlank() && !"null".equals(origin.trim())
                ? originOf(origin.trim()).orElse("invalid")
                : referer != null && !referer.isBlank() ? originOf(referer.trim()).orElse("invalid") : null;
        if (claimed == null) {
            return true;
        }
        Optional<String> own = configured.or(() -> host == null || host.isBlank() ? Optional.empty()
                : originOf((secure ? "https://" : "http://") + host.trim()));
        return own.isPresent() && own.get().equals(claimed);
    }

    /** scheme://host[:port], lower-case, default ports dropped; empty when not an http(s) URL. */
    private static Optional<String> originOf(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                    || (scheme.equals("https") && port == 443);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
