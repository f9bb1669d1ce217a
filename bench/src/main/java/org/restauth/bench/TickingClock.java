package org.restauth.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves one millisecond forward on every read, so that a store under a steady stream of
 * creations also sees a steady stream of expiries: with a lifetime of L milliseconds about L tokens are
 * live at any time, and the benchmark measures the steady state (insert + reclaim), not a growing map.
 */
final class TickingClock extends Clock {
    private final AtomicLong millis;

    TickingClock(long startMillis) {
        this.millis = new AtomicLong(startMillis);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.getAndIncrement());
    }

    /** Jumps forward without a read, e.g. past every expiry. */
    void advance(long deltaMillis) {
        millis.addAndGet(deltaMillis);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a benchmark clock has one zone");
    }
}
