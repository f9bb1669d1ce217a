package org.restauth.server.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.util.function.LongSupplier;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.TokenStore;

/**
 * Live tokens and sessions, read from the stores at each scrape. A store that cannot answer (Redis down)
 * reports NaN rather than failing the scrape. Eager, so the gauges exist before the first call.
 */
@Context
public class StoreGauges {
    static final String TOKENS_LIVE = "restauth.tokens.live";
    static final String SESSIONS_LIVE = "restauth.sessions.live";

    public StoreGauges(MeterRegistry registry, TokenStore tokens, SessionStore sessions, Clock clock) {
        gauge(registry, TOKENS_LIVE, "Tokens issued and not yet used or expired", () -> tokens.liveCount(clock.instant()));
        gauge(registry, SESSIONS_LIVE, "Sessions not yet ended or expired", () -> sessions.liveCount(clock.instant()));
    }

    private static void gauge(MeterRegistry registry, String name, String description, LongSupplier count) {
        Gauge.builder(name, count, StoreGauges::read).description(description).strongReference(true).register(registry);
    }

    private static double read(LongSupplier count) {
        try {
            return count.getAsLong();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
