package org.restauth.server.store;

import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.limit.InMemoryFailureCounter;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.UserDirectory;

/** Core's in-memory stores: one node, state lost at restart. */
final class MemoryStateStore implements StateStore {

    @Override
    public Stores stores(TokenPolicy tokens, SessionPolicy sessions, ApplicationRegistry applications,
                         UserDirectory users) {
        return Stores.inMemory(applications, tokens, sessions).withUsers(users);
    }

    @Override
    public FailureCounter failureCounter(String name, FailureLimit limit) {
        return new InMemoryFailureCounter(limit);
    }

    @Override
    public String kind() {
        return "memory";
    }

    @Override
    public void close() {
        // nothing to release
    }
}
