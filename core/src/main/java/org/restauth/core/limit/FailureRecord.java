package org.restauth.core.limit;

/**
 * One key's failures (the rules of {@link FailureLimit}, which store-redis's failure-record.lua follows too).
 *
 * @param failures in the current window
 * @param windowStartMillis when the current window began (its first failure)
 * @param lockouts how many lockouts in a row so far
 * @param lockedUntilMillis the end of the last lock, 0 if none
 * @param lastMillis the last failure
 */
record FailureRecord(int failures, long windowStartMillis, int lockouts, long lockedUntilMillis, long lastMillis) {
    static final FailureRecord NONE = new FailureRecord(0, 0, 0, 0, 0);

    FailureRecord afterFailure(long nowMillis, FailureLimit limit) {
        if (lockedAt(nowMillis)) {
            return this;
        }
        boolean newWindow = failures == 0 || nowMillis - windowStartMillis >= limit.window().toMillis();
        int counted = (newWindow ? 0 : failures) + 1;
        long start = newWindow ? nowMillis : windowStartMillis;
        if (counted < limit.maxFailures()) {
            return new FailureRecord(counted, start, lockouts, lockedUntilMillis, nowMillis);
        }
        int n = lockouts + 1;
        return new FailureRecord(0, 0, n, nowMillis + limit.lockoutMillis(n), nowMillis);
    }

    boolean lockedAt(long nowMillis) {
        return nowMillis < lockedUntilMillis;
    }

    /** No failure and no lock for a whole window: nothing about the key is worth keeping. */
    boolean forgottenBy(long nowMillis, FailureLimit limit) {
        return nowMillis >= Math.max(lastMillis, lockedUntilMillis) + limit.window().toMillis();
    }
}
