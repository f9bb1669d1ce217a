package org.restauth.store.redis;

/** One key's permits taken from the shared bucket and not yet granted, on this node. Guarded by its own monitor. */
final class PermitLease {
    private long takenAtMillis = Long.MIN_VALUE / 2;
    private int left;
    /** Permits of expired leases, handed back with the next draw. */
    private int unreturned;
    private int size = 1;

    /** Callers' instants may arrive slightly out of order; a clock set far back ends the lease too. */
    boolean live(long nowMillis) {
        return nowMillis - takenAtMillis < RedisRateLimiter.LEASE_MILLIS
                && takenAtMillis - nowMillis < RedisRateLimiter.LEASE_MILLIS;
    }

    boolean grant(long nowMillis) {
        if (left > 0 && live(nowMillis)) {
            left--;
            return true;
        }
        return false;
    }

    /** Doubles after a lease used up while live, halves after one that expired unused. */
    int nextSize(long nowMillis, int max) {
        if (live(nowMillis)) {
            size = Math.min(max, size * 2);
        } else if (left > 0) {
            size = Math.max(1, size / 2);
        }
        return size;
    }

    int claimUnused(long nowMillis) {
        if (!live(nowMillis)) {
            unreturned += left;
            left = 0;
        }
        int claimed = unreturned;
        unreturned = 0;
        return claimed;
    }

    /** Another thread's draw may have refilled meanwhile: a live lease keeps its (earlier) start. */
    void add(long nowMillis, int extra) {
        if (!live(nowMillis)) {
            unreturned += left;
            left = 0;
            takenAtMillis = nowMillis;
        }
        left += extra;
    }
}
