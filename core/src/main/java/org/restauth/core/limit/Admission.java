package org.restauth.core.limit;

import java.time.Instant;
import java.util.Objects;

/**
 * One call to let through a limiter: which limiter, under which key. A store that keeps the limiter's buckets
 * itself can draw from them in the same step as its own write ({@link org.restauth.core.token.TokenStore#createAdmitted}).
 */
public record Admission(RateLimiter limiter, String key) {
    public Admission {
        Objects.requireNonNull(limiter, "limiter");
        Objects.requireNonNull(key, "key");
    }

    /** Takes one call from the limiter now; false if it refuses. */
    public boolean tryAcquire(Instant now) {
        return limiter.tryAcquire(key, now);
    }
}
