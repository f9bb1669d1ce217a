package org.restauth.server.login;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.restauth.core.app.Application;

/**
 * One answer of the login page: a template with its model and status, or a redirect to a configured
 * callback URL. {@code csrfToken} is the token whose CSRF cookie the answer sets (a shown form).
 */
record Page(int status, String view, Map<String, Object> model, Optional<String> csrfToken,
            Optional<URI> redirect, Optional<Application> app, Optional<Duration> retryAfter,
            Optional<String> personSession) {
    static final String FORM = "login/form";
    static final String MESSAGE = "login/message";

    Page {
        model = Map.copyOf(model);
    }

    Page(int status, String view, Map<String, Object> model, Optional<String> csrfToken, Optional<URI> redirect,
         Optional<Application> app) {
        this(status, view, model, csrfToken, redirect, app, Optional.empty(), Optional.empty());
    }

    /** The same answer, also setting the cookie of this person session ({@link PersonSessions}). */
    Page withPersonSession(String key) {
        return new Page(status, view, model, csrfToken, redirect, app, retryAfter, Optional.of(key));
    }

    @Override
    public String toString() {
        return "Page[" + status + " " + view + "]";
    }

    static Page form(LoginRequest request, Application app, String token, String email, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("appName", app.displayName());
        model.put("apiKey", app.apiKey());
        model.put("v", request.v() == null ? "1.0" : request.v());
        model.put("authToken", token);
        model.put("next", request.next() == null ? "" : request.next());
        model.put("hasNext", request.next() != null);
        model.put("popup", request.popup());
        model.put("canvas", request.canvas());
        model.put("email", email == null ? "" : email);
        model.put("reqPerms", request.permissions());
        model.put("error", error == null ? "" : error);
        return new Page(200, FORM, model, Optional.of(token), Optional.empty(), Optional.of(app));
    }

    static Page message(int status, String title, String message, Application app) {
        return message(status, title, message, app, null, null);
    }

    /** A message page; {@code link} (a configured URL, never one from the request) may be null. */
    static Page message(int status, String title, String message, Application app, URI link, String linkText) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("message", message);
        model.put("link", link == null ? "" : link.toString());
        model.put("linkText", linkText == null ? "" : linkText);
        return new Page(status, MESSAGE, model, Optional.empty(), Optional.empty(), Optional.ofNullable(app));
    }

    /** This page with a {@code Retry-After} header. */
    Page retryingAfter(Duration wait) {
        return new Page(status, view, model, csrfToken, redirect, app, Optional.of(wait), personSession);
    }

    static Page redirect(URI location, Application app) {
        return new Page(302, "", Map.of(), Optional.empty(), Optional.of(location), Optional.of(app));
    }
}
