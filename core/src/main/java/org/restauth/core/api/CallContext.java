package org.restauth.core.api;

import java.time.Instant;
import org.restauth.core.app.Application;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.StoredSession;

/** One verified call: the request, its application, the instant it is handled at and its session, if any. */
record CallContext(ApiRequest request, Application app, Instant now, String sessionKey, SessionLookup session) {

    /** The application and the instant only: the session key and the parameters may be bearer values. */
    @Override
    public String toString() {
        return "CallContext[" + app.displayName() + ", " + now + (sessionKey == null ? "" : ", with session") + "]";
    }

    /** A non-empty parameter; an empty value counts as absent, as clients send {@code session_key=}. */
    String optional(String key) {
        String value = request.first(key).orElse("");
        return value.isEmpty() ? null : value;
    }

    String required(String key) {
        String value = optional(key);
        if (value == null) {
            throw new ApiException(ApiError.INVALID_PARAMETER);
        }
        return value;
    }

    /** The call's live session of this application: 453 without one, 450 past its expiry, else 102. */
    StoredSession requireSession() {
        if (sessionKey == null) {
            throw new ApiException(ApiError.SESSION_REQUIRED);
        }
        if (session instanceof SessionLookup.Live live && live.session().apiKey().equals(app.apiKey())) {
            return live.session();
        }
        if (session instanceof SessionLookup.Expired expired && expired.apiKey().equals(app.apiKey())) {
            throw new ApiException(ApiError.SESSION_EXPIRED);
        }
        throw new ApiException(ApiError.SESSION_INVALID);
    }
}
