package org.restauth.core.api;

import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.session.StoredSession;

/**
 * Whom a call with an optional {@code uid} is about: that uid, else the session's person (453 with neither).
 * A desktop application's secret ships inside the program, so it may only ask about its own session's person
 * (docs/protocol.md §12: error 10).
 */
final class Subject {
    private Subject() {
    }

    static long of(CallContext context) {
        String named = context.optional("uid");
        if (named == null) {
            return context.requireSession().uid();
        }
        long uid = Uids.one(named);
        if (context.sessionKey() != null) {
            StoredSession session = context.requireSession();
            if (context.app().isDesktop() && session.uid() != uid) {
                throw new ApiException(ApiError.PERMISSION_DENIED);
            }
        } else if (context.app().isDesktop()) {
            throw new ApiException(ApiError.PERMISSION_DENIED);
        }
        return uid;
    }
}
