package org.restauth.core.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryFailureCounterTest extends FailureCounterContract {

    @Override
    protected FailureCounter newCounter(FailureLimit limit) {
        return new InMemoryFailureCounter(limit);
    }

    @Test
    void lockedUntil_tableFullOfLiveRecords_newKeyIsLockedKnownKeyIsNot() {
        FailureCounter counter = new InMemoryFailureCounter(LIMIT, 10);
        for (int i = 0; i < 10; i++) {
            counter.recordFailure(key + i, now);
        }

        assertEquals(Optional.of(now.plus(LIMIT.lockout())), counter.lockedUntil("newcomer", now));
        assertEquals(Optional.of(now.plus(LIMIT.lockout())), counter.recordFailure("newcomer", now));
        assertEquals(Optional.empty(), counter.lockedUntil(key + 3, now));
    }

    @Test
    void lockedUntil_tableFullOfForgottenRecords_dropsThemAndCountsNewKeys() {
        FailureCounter counter = new InMemoryFailureCounter(LIMIT, 10);
        for (int i = 0; i < 10; i++) {
            counter.recordFailure(key + i, now);
        }
        var later = now.plus(LIMIT.window());

        assertEquals(Optional.empty(), counter.lockedUntil("newcomer", later));
        assertEquals(Optional.empty(), counter.recordFailure("newcomer", later));
    }

    @Test
    void never_anyNumberOfFailures_neverLocks() {
        for (int i = 0; i < 100; i++) {
            FailureCounter.NEVER.recordFailure(key, now);
        }

        assertTrue(FailureCounter.NEVER.lockedUntil(key, now).isEmpty());
    }
}
