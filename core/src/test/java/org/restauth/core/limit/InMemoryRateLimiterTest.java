package org.restauth.core.limit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest extends RateLimiterContract {

    @Override
    protected RateLimiter newLimiter(RateLimit limit) {
        return new InMemoryRateLimiter(limit);
    }

    @Test
    void tryAcquire_manyKeysPastMaxKeys_stillLimitsAnExhaustedKey() {
        RateLimiter limiter = new InMemoryRateLimiter(new RateLimit(1, 0.001), 10);
        assertTrue(limiter.tryAcquire(key, now));
        for (int i = 0; i < 50; i++) {
            limiter.tryAcquire(key + i, now);
        }

        assertFalse(limiter.tryAcquire(key, now));
    }

    @Test
    void tryAcquire_mapFullOfLiveBuckets_refusesNewKeysButServesKnownOnes() {
        RateLimiter limiter = new InMemoryRateLimiter(new RateLimit(2, 0.001), 10);
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.tryAcquire(key + i, now));
        }

        assertFalse(limiter.tryAcquire("newcomer", now));
        assertTrue(limiter.tryAcquire(key + 3, now));
    }

    @Test
    void tryAcquire_mapFullOfRefilledBuckets_dropsThemAndAdmitsNewKeys() {
        RateLimiter limiter = new InMemoryRateLimiter(new RateLimit(1, 1), 10);
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.tryAcquire(key + i, now));
        }

        assertTrue(limiter.tryAcquire("newcomer", now.plusSeconds(5)));
    }

    @Test
    void unlimited_anyNumberOfCalls_allowsThemAll() {
        for (int i = 0; i < 1000; i++) {
            assertTrue(RateLimiter.UNLIMITED.tryAcquire(key, now));
        }
    }
}
