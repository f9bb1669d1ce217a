package org.restauth.core.api;

import org.restauth.core.crypto.RandomValues;
import org.restauth.core.crypto.Secret;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.session.SessionStore;

/** auth.expireSession, auth.promoteSession and auth.revokeAuthorization. */
final class SessionMethods {
    private SessionMethods() {
    }

    static ApiMethod expireSession(SessionStore sessions, AuthEvents events) {
        return ApiMethod.of("auth.expireSession", context -> {
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
        return ApiMethod.of("auth.promoteSession", context -> {
            context.requireSession();
            Secret secret = sessions
                    .secretOrSet(context.sessionKey(), Secret.of(random.hex(16)), context.now())
                    .orElseThrow(() -> new ApiException(ApiError.SESSION_INVALID));
            return new ApiResult.Text(secret.reveal());
        });
    }

    /**
     * The person withdraws the app: its grant and every permission go, and all the person's sessions with it
     * end; by session, or by {@code uid} without one. False if it was not authorized.
     */
    static ApiMethod revokeAuthorization(SessionStore sessions, GrantStore grants, AuthEvents events) {
        return ApiMethod.of("auth.revokeAuthorization", context -> {
            long uid = context.sessionKey() != null ? context.requireSession().uid() : uid(context);
            boolean granted = grants.revokeAll(uid, context.app().apiKey());
            int ended = sessions.removeAll(context.app().apiKey(), uid, context.now());
            if (ended > 0) {
                events.sessionsEnded(context.app().apiKey(), ended);
            }
            return new ApiResult.Flag(ended > 0 || granted);
        });
    }

    private static long uid(CallContext context) {
        String value = context.optional("uid");
        if (value == null) {
            throw new ApiException(ApiError.SESSION_REQUIRED);
        }
        return Uids.one(value);
    }
}
