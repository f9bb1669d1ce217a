package org.restauth.core.token;

import java.time.Instant;
import java.util.Objects;

/**
 * What a store knows of one token: never the token itself.
 *
 * @param uid the approving person, 0 while ISSUED
 * @param expiresAtMillis epoch milliseconds; the token is expired at that instant and after it
 * @param approvedAtMillis epoch milliseconds of the login that approved it, 0 while ISSUED: a password changed
 *                         after it voids the token
 */
public record StoredToken(String apiKey, TokenState state, long uid, long expiresAtMillis, long approvedAtMillis) {
    public StoredToken {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(state, "state");
    }

    /** Expired when now is at or past the expiry instant. */
    public boolean isLiveAt(Instant now) {
        return now.toEpochMilli() < expiresAtMillis;
    }

    public boolean isApproved() {
        return state == TokenState.APPROVED;
    }

    public Instant approvedAt() {
        return Instant.ofEpochMilli(approvedAtMillis);
    }
}
