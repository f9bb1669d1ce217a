package org.restauth.core.limit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.RandomValues;

/**
 * The behaviour every {@link RateLimiter} must show. Extend it and implement {@link #newLimiter(RateLimit)}.
 * Time moves only through the {@code now} argument, from a base near the real current time.
 */
public abstract class RateLimiterContract {
    private static final RateLimit THREE_THEN_ONE_PER_SECOND = new RateLimit(3, 1.0);

    protected Instant now;
    protected String key;

    /** A new limiter with no calls counted yet. */
    protected abstract RateLimiter newLimiter(RateLimit limit);

    @BeforeEach
    void captureBase() {
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        key = "key-" + RandomValues.secure().hex(8);
    }

    @Test
    void tryAcquire_burstUsedUp_refusesTheNextCall() {
        RateLimiter limiter = newLimiter(THREE_THEN_ONE_PER_SECOND);

        assertTrue(limiter.tryAcquire(key, now));
        assertTrue(limiter.tryAcquire(key, now));
        assertTrue(limiter.tryAcquire(key, now));
        assertFalse(limiter.tryAcquire(key, now));
        assertFalse(limiter.tryAcquire(key, now.plusMillis(500)));
    }

    @Test
    void tryAcquire_afterOneRefillInterval_allowsOneMore() {
        RateLimiter limiter = newLimiter(THREE_THEN_ONE_PER_SECOND);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key, now);
        }

        assertTrue(limiter.tryAcquire(key, now.plusSeconds(1)));
        assertFalse(limiter.tryAcquire(key, now.plusSeconds(1)));
    }

    @Test
    void tryAcquire_afterLongPause_refillsUpToBurstOnly() {
        RateLimiter limiter = newLimiter(THREE_THEN_ONE_PER_SECOND);
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(key, now);
        }
        Instant later = now.plusSeconds(3600);

        assertTrue(limiter.tryAcquire(key, later));
        assertTrue(limiter.tryAcquire(key, later));
        assertTrue(limiter.tryAcquire(key, later));
        assertFalse(limiter.tryAcquire(key, later));
    }

    @Test
    void tryAcquire_otherKey_hasItsOwnBucket() {
        RateLimiter limiter = newLimiter(new RateLimit(1, 0.001));
        String other = key + "-other";

        assertTrue(limiter.tryAcquire(key, now));
        assertFalse(limiter.tryAcquire(key, now));
        assertTrue(limiter.tryAcquire(other, now));
        assertFalse(limiter.tryAcquire(other, now));
    }
}
