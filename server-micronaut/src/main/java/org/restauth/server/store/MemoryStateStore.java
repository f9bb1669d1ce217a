package org.restauth.server.store;

import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.grant.InMemoryGrantStore;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.app.InMemoryApplicationStore;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.limit.InMemoryFailureCounter;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.UserDirectory;
import org.restauth.core.user.InMemoryPersonStore;
import org.restauth.core.user.PersonStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Core's in-memory stores: one node, state lost at restart. */
final class MemoryStateStore implements StateStore {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryStateStore.class);
    private final PersonStore people = new InMemoryPersonStore();
    private final ApplicationStore applications = new InMemoryApplicationStore();
    private final GrantStore grants = new InMemoryGrantStore();

    MemoryStateStore() {
        LOG.warn("restauth.store=memory: every session, and every person and application added while running,"
                + " is lost when the server stops (for tests; use restauth.store=sqlite or redis)");
    }

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
    public PersonStore personStore() {
        return people;
    }

    @Override
    public ApplicationStore applicationStore() {
        return applications;
    }

    @Override
    public GrantStore grantStore() {
        return grants;
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
