package org.restauth.core.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailureLimitTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void lockoutMillis_manyLockouts_doublesAndStopsAtMax() {
        FailureLimit limit = new FailureLimit(5, Duration.ofMinutes(15), MINUTE, Duration.ofMinutes(15));

        assertEquals(60_000, limit.lockoutMillis(1));
        assertEquals(120_000, limit.lockoutMillis(2));
        assertEquals(480_000, limit.lockoutMillis(4));
        assertEquals(900_000, limit.lockoutMillis(5));
        assertEquals(900_000, limit.lockoutMillis(Integer.MAX_VALUE));
    }

    @Test
    void constructor_nonsense_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FailureLimit(0, MINUTE, MINUTE, MINUTE));
        assertThrows(IllegalArgumentException.class, () -> new FailureLimit(5, Duration.ZERO, MINUTE, MINUTE));
        assertThrows(IllegalArgumentException.class, () -> new FailureLimit(5, MINUTE, MINUTE, Duration.ofSeconds(59)));
    }
}
