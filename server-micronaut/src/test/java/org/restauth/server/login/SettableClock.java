package org.restauth.server.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The server's clock in a login test: moved by hand, so a lockout ends exactly, never by waiting. */
final class SettableClock extends Clock {
    private volatile Instant instant;

    SettableClock(Instant start) {
        this.instant = start;
    }

    void advance(Duration by) {
        this.instant = instant.plus(by);
    }

    @Override
    public Instant instant() {
        return instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests run in UTC");
    }
}
