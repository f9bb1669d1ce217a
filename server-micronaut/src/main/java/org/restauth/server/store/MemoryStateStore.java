package org.restauth.server.store;

import org.restauth.core.app.ApplicationStore;
import org.restauth.core.app.InMemoryApplicationStore;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.limit.InMemoryFailureCounter;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.InMemoryPersonStore;
import org.restauth.core.user.PersonStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Core's in-memory stores: one node, state lost at restart. */
final class MemoryStateStore implements StateStore {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryStateStore.class);
    private final PersonStore people = new InMemoryPersonStore();
    private final ApplicationStore applications = new InMemoryApplicationStore();

    MemoryStateStore() {
        LOG.warn("restauth.store=memory: every session, and every person and application added while running,"
                + " is lost when the server stops (for tests; use restauth.store=sqlite or redis)");
    }

    @Override
    public TokenStore tokenStore(TokenPolicy policy) {
        return new InMemoryTokenStore(policy);
    }

    @Override
    public SessionStore sessionStore(SessionPolicy policy) {
        return new InMemorySessionStore(policy);
    }

    @Override
    public RateLimiter rateLimiter(String name, RateLimit limit) {
        return new InMemoryRateLimiter(limit);
    }

    @Override
    public FailureCounter failureCounter(String name, FailureLimit limit) {
        return new InMemoryFailureCounter(limit);
    }

    @Override
    public PersonStore personStore() {
        return people;
    }

    @Override
    public ApplicationStore applicationStore() {
        return applications;
    }

    @Override
    public String kind() {
        return "memory";
    }

    @Override
    public boolean reachable() {
        return true;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
