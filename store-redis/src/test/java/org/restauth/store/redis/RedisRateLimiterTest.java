package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.restauth.core.error.StoreUnavailableException;
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

    @Test
    void tryAcquire_twoNodesConcurrentWithLeases_neverGrantMoreThanTheBucket() throws Exception {
        RateLimit limit = new RateLimit(1000, 0.001); // leases of up to 50; refill < 1 permit in the test
        RateLimiter here = stores.rateLimiter("lease-" + LIMITERS.incrementAndGet(), limit);
        try (RedisStores otherNode = server.patientStores()) {
            RateLimiter there = otherNode.rateLimiter("lease-" + LIMITERS.get(), limit);
            // time moves 1 ms every 4 calls: 3 200 calls span 4 lease periods, so leases expire and return
            AtomicLong calls = new AtomicLong();
            int granted = hammer(List.of(here, there), 4, 400, () -> now.plusMillis(calls.getAndIncrement() / 4));
            assertTrue(granted <= limit.burst(), granted + " granted");

            // what is left (in the bucket, or leased to a node) is still grantable, once, and no more
            Instant end = now.plusMillis(calls.get());
            int drained = drain(here, end) + drain(there, end) + drain(here, end);
            assertEquals(limit.burst(), granted + drained);
        }
    }

    @Test
    void tryAcquire_smallBurstOnTwoNodes_isExact() throws Exception {
        RateLimit limit = new RateLimit(39, 0.001); // under 40: one permit per draw, no lease
        RedisRateLimiter here = stores.rateLimiter("small-" + LIMITERS.incrementAndGet(), limit);
        try (RedisStores otherNode = server.patientStores()) {
            RedisRateLimiter there = otherNode.rateLimiter("small-" + LIMITERS.get(), limit);

            assertEquals(limit.burst(), hammer(List.of(here, there), 4, 20, () -> now));
            assertFalse(here.tryAcquire(key, now));
            assertFalse(there.tryAcquire(key, now));
            assertEquals(0, here.leasedKeys() + there.leasedKeys());
        }
    }

    @Test
    void tryAcquire_leaseOlderThanItsBound_isNotGrantedFrom() throws Exception {
        try (RedisServer own = RedisServer.started(); RedisStores node = own.patientStores()) {
            RateLimiter limiter = node.rateLimiter("app", new RateLimit(1000, 0.001));
            for (int i = 0; i < 4; i++) {
                assertTrue(limiter.tryAcquire(key, now)); // leases of 1, 2, then 4: three permits left here
            }
            own.kill();

            assertTrue(limiter.tryAcquire(key, now.plusMillis(RedisRateLimiter.LEASE_MILLIS - 1)));
            assertThrows(StoreUnavailableException.class,
                    () -> limiter.tryAcquire(key, now.plusMillis(RedisRateLimiter.LEASE_MILLIS)));
        }
    }

    @Test
    void tryAcquire_expiredLease_itsUnusedPermitsGoBackToTheBucket() {
        RateLimit limit = new RateLimit(100, 0.001);
        RateLimiter here = stores.rateLimiter("return-" + LIMITERS.incrementAndGet(), limit);
        try (RedisStores otherNode = server.patientStores()) {
            RateLimiter there = otherNode.rateLimiter("return-" + LIMITERS.get(), limit);
            for (int i = 0; i < 4; i++) {
                here.tryAcquire(key, now); // three permits left in this node's lease
            }
            int firstRound = 4 + drain(there, now);
            assertEquals(97, firstRound);

            Instant later = now.plusMillis(RedisRateLimiter.LEASE_MILLIS);
            assertEquals(3, drain(there, later) + drain(here, later) + drain(there, later));
        }
    }

    @Test
    void tryAcquire_busyKey_drawsFromRedisOncePerLease() throws Exception {
        try (RedisServer own = RedisServer.started(); RedisStores node = own.patientStores()) {
            RateLimiter limiter = node.rateLimiter("app", new RateLimit(1_000_000, 1));
            assertTrue(limiter.tryAcquire(key + "-other", now)); // Redis caches the script: EVALSHA from now on
            own.inspect().configResetstat();
            for (int i = 0; i < 640; i++) {
                assertTrue(limiter.tryAcquire(key, now));
            }
            // leases of 1, 2, 4 … 32 (63 calls), then 64 each (577 calls): 6 + 10 draws
            assertEquals(16, scriptCalls(own));
        }
    }

    @Test
    void maxLease_isOneUnderFortyAndAtMostSixtyFour() {
        assertEquals(1, RedisRateLimiter.maxLease(new RateLimit(39, 1)));
        assertEquals(2, RedisRateLimiter.maxLease(new RateLimit(40, 1)));
        assertEquals(50, RedisRateLimiter.maxLease(new RateLimit(1000, 1)));
        assertEquals(RedisRateLimiter.MAX_LEASE, RedisRateLimiter.maxLease(new RateLimit(1_000_000_000, 1)));
    }

    /** EVALSHA and EVAL calls since the last CONFIG RESETSTAT. */
    private static long scriptCalls(RedisServer server) {
        long calls = 0;
        for (String line : server.inspect().info("commandstats").split("\r\n")) {
            if (line.startsWith("cmdstat_evalsha:calls=") || line.startsWith("cmdstat_eval:calls=")) {
                calls += Long.parseLong(line.substring(line.indexOf('=') + 1, line.indexOf(',')));
            }
        }
        return calls;
    }

    /** Grants until refused, at one instant. */
    private int drain(RateLimiter limiter, Instant at) {
        int granted = 0;
        while (limiter.tryAcquire(key, at)) {
            granted++;
        }
        return granted;
    }

    /** {@code threads} threads per limiter, {@code calls} each, all at once; how many were granted. */
    private int hammer(List<RateLimiter> limiters, int threads, int calls, Callable<Instant> clock)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(limiters.size() * threads);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (RateLimiter limiter : limiters) {
                for (int t = 0; t < threads; t++) {
                    counts.add(pool.submit(() -> {
                        int granted = 0;
                        for (int i = 0; i < calls; i++) {
                            granted += limiter.tryAcquire(key, clock.call()) ? 1 : 0;
                        }
                        return granted;
                    }));
                }
            }
            int total = 0;
            for (Future<Integer> count : counts) {
                total += count.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
