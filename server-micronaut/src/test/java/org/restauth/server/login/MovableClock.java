package org.restauth.server.login;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's clock in tests that need time to pass: it stands still until {@link #advance} moves it, so an
 * expiry is tested without waiting for it. In a server started with {@code test.restauth.movable-clock=true (outside restauth.*, which refuses unknown keys)}.
 */
public final class MovableClock extends Clock {
    static final String PROPERTY = "test.restauth.movable-clock";

    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** The clock of a running server; it must have been started with {@link #PROPERTY}. */
    static MovableClock of(io.micronaut.context.ApplicationContext context) {
        return (MovableClock) context.getBean(Clock.class);
    }

    void advance(Duration by) {
        now.updateAndGet(at -> at.plus(by));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the server's clock is UTC");
    }

    /** Replaces the server's system clock; starts at the real time, as the browser's cookies do. */
    @Factory
    @Requires(property = PROPERTY, value = "true")
    static class Replacement {
        @Singleton
        @Replaces(Clock.class)
        Clock movableClock() {
            return new MovableClock(Clock.systemUTC().instant());
        }
    }
}
