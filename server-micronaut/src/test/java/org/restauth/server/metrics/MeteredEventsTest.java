package org.restauth.server.metrics;


import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;
import org.restauth.server.config.AppProperties;
import org.restauth.server.config.ApplicationSetup;

/** Core's events as counters labelled by application name, never by key. */
class MeteredEventsTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MeteredEvents events = new MeteredEvents(new ApiMetrics(registry), names(), new Audit(names()));

    /** One application configured as {@code restauth.apps.vector}. */
    private static AppNames names() {
        AppProperties vector = new AppProperties("vector");
        vector.setApiKey(KEY);
        return new AppNames(new ApplicationSetup(
                List.of(Application.desktop(KEY, Secret.of("secretsecretsecretsecretsecret12"), "Vector")),
                Optional.empty()), List.of(vector));
    }

    @Test
    void loginOutcome_eachOutcome_countedUnderItsOwnLabel() {
        events.loginOutcome(KEY, "approved");
        events.loginOutcome(KEY, "bad_credentials");
        events.loginOutcome(KEY, "bad_credentials");

        assertEquals(1.0, registry.get(ApiMetrics.LOGINS).tag("application", "vector").tag("outcome", "approved")
                .counter().count());
        assertEquals(2.0, registry.get(ApiMetrics.LOGINS).tag("outcome", "bad_credentials").counter().count());
    }

    @Test
    void sessionsEnded_countsEverySessionEnded() {
        events.sessionsEnded(KEY, 3);
        events.sessionsEnded(KEY, 1);

        assertEquals(4.0, registry.get(ApiMetrics.SESSIONS_ENDED).tag("application", "vector").counter().count());
    }

    @Test
    void tokenEvents_countedPerApplicationName() {
        events.tokenIssued(KEY);
        events.tokenApproved(KEY);
        events.tokenExchanged(KEY);
        events.refusedByLimit(KEY);

        for (String name : List.of(ApiMetrics.TOKENS_ISSUED, ApiMetrics.TOKENS_APPROVED, ApiMetrics.TOKENS_EXCHANGED,
                ApiMetrics.REFUSED_BY_LIMIT)) {
            assertEquals(1.0, registry.get(name).tag("application", "vector").counter().count(), name);
        }
    }
}
