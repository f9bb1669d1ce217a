package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.limit.RateLimiterContract;

class RedisRateLimiterTest extends RateLimiterContract {
    private static final AtomicInteger LIMITERS = new AtomicInteger();
    private final RedisServer server = SharedRedis.server();
    private final RedisStores stores = SharedRedis.stores();

    @Override
    protected RateLimiter newLimiter(RateLimit limit) {
        return SharedRedis.flushed().rateLimiter("test-" + LIMITERS.incrementAndGet(), limit);
    }

    @Test
    void tryAcquire_twoNodes_drawFromOneBucket() {
        RateLimit twoAtOnce = new RateLimit(2, 0.01);
        RateLimiter here = stores.rateLimiter("app", twoAtOnce);
        try (RedisStores otherNode = server.patientStores()) {
            RateLimiter there = otherNode.rateLimiter("app", twoAtOnce);

            assertTrue(here.tryAcquire(key, now));
            assertTrue(there.tryAcquire(key, now));
            assertFalse(here.tryAcquire(key, now));
            assertFalse(there.tryAcquire(key, now));
        }
    }

    @Test
    void tryAcquire_sameKeyInAnotherLimiter_hasItsOwnBucket() {
        RateLimit one = new RateLimit(1, 0.01);
        RateLimiter logins = stores.rateLimiter("login-address", one);
        RateLimiter apps = stores.rateLimiter("app", one);

        assertTrue(logins.tryAcquire(key, now));
        assertFalse(logins.tryAcquire(key, now));
        assertTrue(apps.tryAcquire(key, now));
    }
}
