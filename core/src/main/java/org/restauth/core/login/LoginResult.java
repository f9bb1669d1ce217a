package org.restauth.core.login;

import java.time.Duration;
import java.util.Objects;
import org.restauth.core.app.Application;

/** What the login page shows or does next. */
public sealed interface LoginResult {

    /** The form can be shown (prepare) or the token was approved (approve), for this application and token. */
    record Ready(Application app, String token, long uid) implements LoginResult {
        public Ready {
            Objects.requireNonNull(app, "app");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Ready[app=" + app.displayName() + ", uid=" + uid + "]";
        }
    }

    /**
     * Nothing approved; {@code app} is null only for UNKNOWN_APPLICATION. {@code retryAfter} is how long to
     * wait before trying again: positive for TOO_MANY_ATTEMPTS, zero otherwise.
     */
    record Refused(LoginFailure reason, Application app, Duration retryAfter) implements LoginResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || (reason == LoginFailure.TOO_MANY_ATTEMPTS) == retryAfter.isZero()) {
                throw new IllegalArgumentException("a wait comes with TOO_MANY_ATTEMPTS, and only with it");
            }
        }

        public Refused(LoginFailure reason, Application app) {
            this(reason, app, Duration.ZERO);
        }
    }
}
