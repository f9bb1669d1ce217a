package org.restauth.core.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.crypto.Secret;

/**
 * What a store knows of one session: never the session key itself.
 *
 * @param expires Unix seconds at which the session ends; 0 for never
 * @param secret the session's own signing secret, if it has one
 */
public record StoredSession(String apiKey, long uid, long expires, Optional<Secret> secret) {
    public StoredSession {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
        if (uid <= 0 || uid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("uid must be positive and below 2^31");
        }
        if (expires < 0 || expires > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("expires must be 0 or a Unix time below 2^31");
        }
    }

    public boolean neverExpires() {
        return expires == 0;
    }

    /** Expired at the instant {@code expires} and after it. */
    public boolean isExpiredAt(Instant now) {
        return !neverExpires() && now.getEpochSecond() >= expires;
    }

    public StoredSession neverExpiring() {
        return new StoredSession(apiKey, uid, 0, secret);
    }

    public StoredSession withSecret(Secret newSecret) {
        return new StoredSession(apiKey, uid, expires, Optional.of(newSecret));
    }
}
