package org.restauth.server.login;

import java.time.Duration;
import org.restauth.core.app.Application;
import org.restauth.core.login.LoginResult;

/** The pages that say why nothing was approved. Wording for people, never internals. */
final class Messages {
    static final String BAD_CREDENTIALS = "Incorrect email or password.";

    private Messages() {
    }

    static Page refused(LoginResult.Refused refused) {
        Application app = refused.app();
        return switch (refused.reason()) {
            case UNKNOWN_APPLICATION -> Page.message(400, "Unknown application",
                    "This login link names an application that is not known here.", null);
            case INVALID_TOKEN -> Page.message(400, "Login link no longer valid",
                    "This login link has expired, was already used, or does not belong to this application."
                            + " Go back to the application and start the login again.", app);
            case TOO_MANY_ATTEMPTS -> tooManyAttempts(refused.retryAfter(), app);
            case UNAVAILABLE -> unavailable(app);
            case BAD_CREDENTIALS -> Page.message(200, "Login failed", BAD_CREDENTIALS, app);
        };
    }

    /** The wait in whole minutes, rounded up: "Try again in 1 minute." even for the last few seconds. */
    static Page tooManyAttempts(Duration wait, Application app) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return Page.message(429, "Too many attempts", "Too many failed logins. Try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes."), app).retryingAfter(wait);
    }

    static Page unavailable(Application app) {
        return Page.message(503, "Temporarily unavailable",
                "The login service is temporarily unavailable, please retry in a moment.", app);
    }

    static Page forbidden() {
        return Page.message(403, "Form expired",
                "This form could not be verified, so nothing was allowed. Open the login page again from the"
                        + " application and retry (cookies must be enabled).", null);
    }

    static Page malformed() {
        return Page.message(400, "Bad request", "This login link is malformed.", null);
    }

    static Page unexpected() {
        return Page.message(500, "Something went wrong",
                "Something went wrong on our side; nothing was allowed. Please retry.", null);
    }

    static Page succeeded(Application app) {
        return Page.message(200, "Login successful",
                "Login successful — you can close this window and return to " + app.displayName() + ".", app);
    }

    static Page cancelled(Application app) {
        String name = app == null ? "The application" : app.displayName();
        return app == null || app.callbackUrl().isEmpty()
                ? Page.message(200, "Not allowed", name + " was not allowed. You can close this window.", app)
                : Page.message(200, "Not allowed", name + " was not allowed.", app,
                        app.callbackUrl().get(), "Back to " + name);
    }
}
