package org.restauth.core.login;

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

    /** Nothing approved; {@code app} is null only for UNKNOWN_APPLICATION. */
    record Refused(LoginFailure reason, Application app) implements LoginResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
