package org.restauth.core.grant;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the consent page may send a person after Allow or Don't Allow (docs/protocol.md §13): URLs
 * under the app's configured callback URL, this server's {@code /connect/login_success.html} and
 * {@code /connect/login_failure.html}, or the literals {@code fbconnect:success} / {@code fbconnect:cancel}
 * that the iPhone SDK watches. Anything else: empty, and the page says "done" instead.
 */
public final class ConsentRedirect {
    public static final String SUCCESS_PAGE = "/connect/login_success.html";
    public static final String FAILURE_PAGE = "/connect/login_failure.html";
    private static final Set<String> LITERALS = Set.of("fbconnect:success", "fbconnect:cancel");
    private static final String RESULT_TOKEN = "xxRESULTTOKENxx";

    private ConsentRedirect() {
    }

    /** The target with each {@code xxRESULTTOKENxx} replaced by the comma list of names now granted. */
    public static Optional<String> target(String requested, Optional<URI> callback, Collection<String> granted) {
        if (requested == null || requested.isEmpty() || !allowed(requested, callback)) {
            return Optional.empty();
        }
        return Optional.of(requested.replace(RESULT_TOKEN, String.join(",", granted)));
    }

    static boolean allowed(String requested, Optional<URI> callback) {
        if (LITERALS.contains(requested)) {
            return true;
        }
        if (requested.chars().anyMatch(c -> c <= ' ' || c == '\\' || c >= 0x7f)) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(requested);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute()) {
            // only our own two pages, as a path: "//evil.example/…" has an authority and is refused
            return uri.getRawAuthority() == null && (SUCCESS_PAGE.equals(uri.getRawPath())
                    || FAILURE_PAGE.equals(uri.getRawPath()));
        }
        return callback.filter(base -> under(uri, base)).isPresent();
    }

    private static boolean under(URI uri, URI base) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("https") || scheme.equals("http"))
                && scheme.equals(base.getScheme().toLowerCase(Locale.ROOT))
                && uri.getRawUserInfo() == null
                && uri.getHost() != null && uri.getHost().equalsIgnoreCase(base.getHost())
                && port(uri) == port(base)
                && uri.getRawPath() != null && uri.getRawPath().startsWith(directory(base.getRawPath()));
    }

    /** A callback {@code https://app.example/after-login} covers everything under {@code https://app.example/}. */
    private static String directory(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
