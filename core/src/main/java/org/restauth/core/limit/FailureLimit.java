package org.restauth.core.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * When failures lock a key: {@code maxFailures} within {@code window} lock it for {@code lockout}, doubled at
 * each further lockout up to {@code maxLockout}. A key with no failure and no lock for a whole {@code window}
 * is forgotten, and its next lockout is the first again.
 */
public record FailureLimit(int maxFailures, Duration window, Duration lockout, Duration maxLockout) {
    public FailureLimit {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(maxLockout, "maxLockout");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (window.toMillis() < 1 || lockout.toMillis() < 1) {
            throw new IllegalArgumentException("window and lockout must be at least a millisecond");
        }
        if (maxLockout.compareTo(lockout) < 0) {
            throw new IllegalArgumentException("maxLockout must not be shorter than lockout");
        }
    }

    /** How long the {@code n}th lockout in a row lasts (n from 1): doubling, at most {@code maxLockout}. */
    public long lockoutMillis(int n) {
        long max = maxLockout.toMillis();
        long millis = lockout.toMillis();
        for (int i = 1; i < n && millis < max; i++) {
            millis *= 2;
        }
        return Math.min(millis, max);
    }
}
