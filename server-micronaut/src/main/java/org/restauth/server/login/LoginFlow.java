package org.restauth.server.login;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.restauth.core.app.Application;
import org.restauth.core.login.LoginFailure;
import org.restauth.core.login.LoginResult;
import org.restauth.core.login.LoginService;
import org.restauth.server.metrics.Audit;

/** What login.php answers, HTTP aside: core's LoginService results turned into pages. */
@Singleton
class LoginFlow {
    private final LoginService login;
    private final Audit audit;
    private final ConsentStep consent;

    /** Counts nothing itself: core's LoginService announces each outcome (MeteredEvents counts them). */
    LoginFlow(LoginService login, Audit audit, ConsentStep consent) {
        this.consent = consent;
        this.login = login;
        this.audit = audit;
    }

    /** GET: the form, for a usable token (a web application without one gets a new token). */
    Page show(LoginRequest request) {
        LoginResult result = login.prepare(request.apiKey(), request.authToken());
        if (result instanceof LoginResult.Ready ready) {
            return Page.form(request, ready.app(), ready.token(), null, null);
        }
        LoginResult.Refused refused = (LoginResult.Refused) result;
        return Messages.refused(refused);
    }

    /** POST with Allow: approve the token for the person, or say why not. */
    Page submit(LoginRequest request, String clientAddress) {
        char[] password = request.password() == null ? new char[0] : request.password().toCharArray();
        LoginResult result = login.approve(request.apiKey(), request.authToken(), request.email(), password,
                clientAddress);
        audit.login(result, clientAddress);
        if (result instanceof LoginResult.Ready ready) {
            return consent.after(ready, request.permissions(), approved(ready, request));
        }
        LoginResult.Refused refused = (LoginResult.Refused) result;
        if (refused.reason() == LoginFailure.BAD_CREDENTIALS) {
            // the same token again: a web application's new token came in the form's hidden field
            return Page.form(request, refused.app(), request.authToken(), request.email(), Messages.BAD_CREDENTIALS);
        }
        return Messages.refused(refused);
    }

    /** POST with Cancel: nothing is approved. */
    Page cancel(LoginRequest request) {
        return Messages.cancelled(login.cancel(request.apiKey()).orElse(null));
    }

    /** A web application goes back to its configured callback URL, never one from the request. */
    private static Page approved(LoginResult.Ready ready, LoginRequest request) {
        Application app = ready.app();
        if (app.isDesktop() || app.callbackUrl().isEmpty()) {
            return Messages.succeeded(app);
        }
        return Page.redirect(callback(app.callbackUrl().get(), ready.token(), request.next()), app);
    }

    /** The callback URL with {@code auth_token} (and {@code next}) added to its query, before any fragment. */
    static URI callback(URI configured, String token, String next) {
        String url = configured.toString();
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        StringBuilder target = new StringBuilder(base);
        target.append(base.contains("?") ? (base.endsWith("?") || base.endsWith("&") ? "" : "&") : "?");
        target.append("auth_token=").append(encode(token));
        if (next != null) {
            target.append("&next=").append(encode(next));
        }
        return URI.create(target.append(fragment).toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
