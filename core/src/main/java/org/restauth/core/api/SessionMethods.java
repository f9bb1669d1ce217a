package org.restauth.core.api;

import org.restauth.core.crypto.RandomValues;
import org.restauth.core.crypto.Secret;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.session.SessionStore;

/** auth.expireSession, auth.promoteSession and auth.revokeAuthorization. */
final class SessionMethods {
    private SessionMethods() {
    }

    static ApiMethod expireSession(SessionStore sessions, AuthEvents events) {
        return method("auth.expireSession", context -> {
            context.requireSession();
            boolean ended = sessions.remove(context.sessionKey());
            if (ended) {
                events.sessionsEnded(context.app().apiKey(), 1);
            }
            return new ApiResult.Flag(ended);
        });
    }

    /** Returns the session's secret, creating one if it has none. */
    static ApiMethod promoteSession(SessionStore sessions, RandomValues random) {
        return method("auth.promoteSession", context -> {
            context.requireSession();
            Secret secret = sessions
                    .secretOrSet(context.sessionKey(), Secret.of(random.hex(16)), context.now())
                    .orElseThrow(() -> new ApiException(ApiError.SESSION_INVALID));
            return new ApiResult.Text(secret.reveal());
        });
    }

    /** Ends all the person's sessions with the application: by session, or by {@code uid} without one. */
    static ApiMethod revokeAuthorization(SessionStore sessions, AuthEvents events) {
        return method("auth.revokeAuthorization", context -> {
            long uid = context.sessionKey() != null ? context.requireSession().uid() : uid(context);
            int ended = sessions.removeAll(context.app().apiKey(), uid, context.now());
            if (ended > 0) {
                events.sessionsEnded(context.app().apiKey(), ended);
            }
            return new ApiResult.Flag(ended > 0);
        });
    }

    private static long uid(CallContext context) {
        String value = context.optional("uid");
        if (value == null) {
            throw new ApiException(ApiError.SESSION_REQUIRED);
        }
        try {
            long uid = Long.parseLong(value);
            if (uid > 0 && uid <= Integer.MAX_VALUE) {
                return uid;
            }
        } catch (NumberFormatException e) {
            // falls through to the protocol's answer
        }
        throw new ApiException(ApiError.INVALID_PARAMETER);
    }

    private static ApiMethod method(String name, java.util.function.Function<CallContext, ApiResult> body) {
        return new ApiMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ApiResult call(CallContext context) {
                return body.apply(context);
            }
        };
    }
}
