package org.restauth.core.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How long sessions last and how many may be held.
 *
 * @param lifetime zero for sessions that never expire ({@code expires} 0); desktop sessions of the era lasted 24 hours
 * @param expiredGrace how long an ended session is still remembered, so that a call with it gets 450
 *     ("passed its expiration time") rather than 102
 */
public record SessionPolicy(Duration lifetime, Duration expiredGrace, int maxLive, int maxLivePerApplication) {
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);
    public static final SessionPolicy DEFAULT =
            new SessionPolicy(DEFAULT_LIFETIME, Duration.ofHours(1), 1_000_000, 500_000);

    public SessionPolicy {
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(expiredGrace, "expiredGrace");
        if (lifetime.isNegative() || expiredGrace.isNegative()) {
            throw new IllegalArgumentException("session durations cannot be negative");
        }
        if (maxLive < 1 || maxLivePerApplication < 1) {
            throw new IllegalArgumentException("session caps must be at least 1");
        }
    }

    public boolean neverExpires() {
        return lifetime.isZero();
    }
}
