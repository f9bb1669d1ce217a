package org.restauth.core.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.RandomValues;

/**
 * The behaviour every {@link FailureCounter} must show. Extend it and implement {@link #newCounter}.
 * Time moves only through the {@code now} argument, from a base near the real current time.
 */
public abstract class FailureCounterContract {
    /** 3 failures within 10 minutes: locked 1 minute, then 2, then 4 at most. */
    protected static final FailureLimit LIMIT =
            new FailureLimit(3, Duration.ofMinutes(10), Duration.ofMinutes(1), Duration.ofMinutes(4));

    protected Instant now;
    protected String key;

    /** A new counter with nothing counted yet. */
    protected abstract FailureCounter newCounter(FailureLimit limit);

    @BeforeEach
    void captureBase() {
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        key = "key-" + RandomValues.secure().hex(8);
    }

    private static void fail(FailureCounter counter, String key, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            counter.recordFailure(key, at);
        }
    }

    @Test
    void recordFailure_belowMax_doesNotLock() {
        FailureCounter counter = newCounter(LIMIT);

        assertEquals(Optional.empty(), counter.recordFailure(key, now));
        assertEquals(Optional.empty(), counter.recordFailure(key, now.plusSeconds(1)));
        assertEquals(Optional.empty(), counter.lockedUntil(key, now.plusSeconds(1)));
    }

    @Test
    void recordFailure_maxReached_locksForFirstLockoutExactly() {
        FailureCounter counter = newCounter(LIMIT);
        fail(counter, key, now, 2);

        Optional<Instant> until = counter.recordFailure(key, now.plusSeconds(5));

        Instant end = now.plusSeconds(65);
        assertEquals(Optional.of(end), until);
        assertEquals(Optional.of(end), counter.lockedUntil(key, now.plusSeconds(5)));
        assertEquals(Optional.of(end), counter.lockedUntil(key, end.minusMillis(1)));
        assertEquals(Optional.empty(), counter.lockedUntil(key, end));
    }

    @Test
    void recordFailure_whileLocked_neitherCountsNorExtends() {
        FailureCounter counter = newCounter(LIMIT);
        fail(counter, key, now, 3);

        fail(counter, key, now.plusSeconds(30), 10);

        assertEquals(Optional.empty(), counter.lockedUntil(key, now.plusSeconds(60)));
        assertEquals(Optional.empty(), counter.recordFailure(key, now.plusSeconds(60)));
    }

    @Test
    void recordFailure_repeatedLockouts_doubleUpToMax() {
        FailureCounter counter = newCounter(LIMIT);
        Instant at = now;
        long[] expectedMinutes = {1, 2, 4, 4};
        for (long minutes : expectedMinutes) {
            fail(counter, key, at, 2);
            Optional<Instant> until = counter.recordFailure(key, at);
            assertEquals(Optional.of(at.plus(Duration.ofMinutes(minutes))), until, "lockout of " + minutes + " min");
            at = until.orElseThrow();
        }
    }

    @Test
    void recordFailure_failuresSpreadWiderThanWindow_neverLock() {
        FailureCounter counter = newCounter(LIMIT);

        for (int i = 0; i < 10; i++) {
            Instant at = now.plus(Duration.ofMinutes(6L * i));
            assertEquals(Optional.empty(), counter.recordFailure(key, at), "failure " + i);
            assertEquals(Optional.empty(), counter.lockedUntil(key, at));
        }
    }

    @Test
    void recordFailure_quietForAWindowAfterALock_nextLockoutIsTheFirstAgain() {
        FailureCounter counter = newCounter(LIMIT);
        fail(counter, key, now, 3);
        Instant later = now.plusSeconds(60).plus(LIMIT.window());

        fail(counter, key, later, 2);

        assertEquals(Optional.of(later.plusSeconds(60)), counter.recordFailure(key, later));
    }

    @Test
    void clear_afterFailures_countStartsAgainAndLockoutIsFirstAgain() {
        FailureCounter counter = newCounter(LIMIT);
        fail(counter, key, now, 3);
        Instant after = now.plusSeconds(60);
        fail(counter, key, after, 2);

        counter.clear(key);

        fail(counter, key, after, 2);
        assertEquals(Optional.empty(), counter.lockedUntil(key, after));
        assertEquals(Optional.of(after.plusSeconds(60)), counter.recordFailure(key, after));
    }

    @Test
    void clear_whileLocked_unlocks() {
        FailureCounter counter = newCounter(LIMIT);
        fail(counter, key, now, 3);

        counter.clear(key);

        assertEquals(Optional.empty(), counter.lockedUntil(key, now));
    }

    @Test
    void recordFailure_otherKey_isCountedApart() {
        FailureCounter counter = newCounter(LIMIT);
        fail(counter, key, now, 3);

        assertTrue(counter.lockedUntil(key, now).isPresent());
        assertEquals(Optional.empty(), counter.lockedUntil(key + "-other", now));
        fail(counter, key + "-other", now, 2);
        assertEquals(Optional.empty(), counter.lockedUntil(key + "-other", now));
    }
}
