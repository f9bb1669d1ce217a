package org.restauth.server.login;

import io.micronaut.http.MutableHttpResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.restauth.core.app.Application;

/**
 * Headers on every login answer: nothing cached (tokens and emails are on the page), no sniffing, no referrer
 * (the URL carries the token), a CSP without scripts. Framing is denied unless the page was asked for as a
 * {@code popup} or {@code canvas}, which old applications embed.
 */
final class SecurityHeaders {
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void apply(MutableHttpResponse<?> response, boolean framed, Optional<Application> app) {
        response.header("Cache-Control", "no-store");
        response.header("Pragma", "no-cache");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        String csp = CSP + "; form-action " + formAction(app);
        if (!framed) {
            response.header("X-Frame-Options", "DENY");
            csp += "; frame-ancestors 'none'";
        }
        response.header("Content-Security-Policy", csp);
    }

    /**
     * The form posts to us; after a web application's approval the answer redirects to its callback URL, and
     * browsers check that redirect against form-action too, so its configured origin is allowed.
     */
    private static String formAction(Optional<Application> app) {
        return app.flatMap(Application::callbackUrl).filter(url -> url.getHost() != null).map(SecurityHeaders::origin)
                .map(origin -> "'self' " + origin).orElse("'self'");
    }

    private static String origin(URI url) {
        String port = url.getPort() == -1 ? "" : ":" + url.getPort();
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost() + port;
    }
}
