package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Digests;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureCounterContract;
import org.restauth.core.limit.FailureLimit;

class RedisFailureCounterTest extends FailureCounterContract {
    private static final AtomicInteger COUNTERS = new AtomicInteger();
    private final RedisServer server = SharedRedis.server();
    private final RedisStores stores = SharedRedis.stores();

    @Override
    protected FailureCounter newCounter(FailureLimit limit) {
        return SharedRedis.flushed().failureCounter("test-" + COUNTERS.incrementAndGet(), limit);
    }

    @Test
    void recordFailure_twoNodes_countTogetherAndSeeOneLock() {
        FailureCounter here = stores.failureCounter("login-email", LIMIT);
        try (RedisStores otherNode = server.patientStores()) {
            FailureCounter there = otherNode.failureCounter("login-email", LIMIT);

            here.recordFailure(key, now);
            there.recordFailure(key, now);
            Optional<Instant> until = here.recordFailure(key, now);

            assertEquals(Optional.of(now.plus(LIMIT.lockout())), until);
            assertEquals(until, there.lockedUntil(key, now));
            there.clear(key);
            assertEquals(Optional.empty(), here.lockedUntil(key, now));
        }
    }

    @Test
    void recordFailure_keyNameHashedWithTtlOfOneWindowPastTheLock() {
        FailureCounter counter = newCounter(LIMIT);
        String email = "alice@example.com";
        for (int i = 0; i < 3; i++) {
            counter.recordFailure(email, now);
        }

        String name = "restauth:{restauth}:lf:test-" + COUNTERS.get() + ":" + Digests.sha256Hex(email);
        assertEquals(List.of(name), server.inspect().keys("*"));
        long ttl = server.inspect().pttl(name);
        long expected = LIMIT.lockout().plus(LIMIT.window()).toMillis();
        assertTrue(ttl > expected - 10_000 && ttl <= expected, "TTL " + ttl);
        assertEquals("1", server.inspect().hget(name, "n"));
    }

    @Test
    void recordFailure_sameKeyInAnotherCounter_isCountedApart() {
        FailureLimit one = new FailureLimit(1, Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1));
        FailureCounter emails = stores.failureCounter("login-email", one);
        FailureCounter addresses = stores.failureCounter("login-address", one);

        assertTrue(emails.recordFailure(key, now).isPresent());
        assertEquals(Optional.empty(), addresses.lockedUntil(key, now));
    }
}
