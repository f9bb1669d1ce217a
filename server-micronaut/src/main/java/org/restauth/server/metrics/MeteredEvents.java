package org.restauth.server.metrics;

import jakarta.inject.Singleton;
import org.restauth.core.event.AuthEvents;

/**
 * Core's events as Micrometer counters and audit lines: the one place the flow is counted and audited. Labels
 * name the application (by its configured name, never a key) and, for logins, the outcome.
 */
@Singleton
public class MeteredEvents implements AuthEvents {
    private final ApiMetrics metrics;
    private final AppNames names;
    private final Audit audit;

    public MeteredEvents(ApiMetrics metrics, AppNames names, Audit audit) {
        this.metrics = metrics;
        this.names = names;
        this.audit = audit;
    }

    @Override
    public void tokenIssued(String apiKey) {
        metrics.tokenIssued(names.of(apiKey));
    }

    @Override
    public void tokenApproved(String apiKey) {
        metrics.tokenApproved(names.of(apiKey));
    }

    @Override
    public void tokenExchanged(String apiKey) {
        metrics.tokenExchanged(names.of(apiKey));
    }

    @Override
    public void sessionsEnded(String apiKey, int count) {
        metrics.sessionsEnded(names.of(apiKey), count);
        audit.sessionsEnded(apiKey, count);
    }

    @Override
    public void sessionGranted(String apiKey, long uid) {
        audit.sessionGranted(apiKey, uid);
    }

    @Override
    public void refusedByLimit(String apiKey) {
        metrics.refusedByLimit(names.of(apiKey));
    }

    @Override
    public void loginOutcome(String apiKey, String outcome) {
        metrics.login(names.of(apiKey), outcome);
    }
}
