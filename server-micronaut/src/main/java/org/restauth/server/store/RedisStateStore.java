package org.restauth.server.store;

import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.UserDirectory;
import org.restauth.core.user.PersonStore;
import org.restauth.store.redis.RedisStores;

/**
 * Everything on one shared Redis. While Redis is down or slower than the timeout, every store call fails
 * with error 2 (core answers "Service temporarily unavailable"); the first call after it is back works.
 */
final class RedisStateStore implements StateStore {
    private final RedisStores redis;
    private final PersonStore people;
    private final ApplicationStore applications;
    private final GrantStore grants;

    RedisStateStore(RedisStores redis) {
        this.redis = redis;
        this.people = redis.personStore();
        this.grants = redis.grantStore();
        this.applications = redis.applicationStore();
    }

    @Override
    public Stores stores(TokenPolicy tokens, SessionPolicy sessions, ApplicationRegistry applications,
                         UserDirectory users) {
        return redis.stores(tokens, sessions, applications, users);
    }

    @Override
    public FailureCounter failureCounter(String name, FailureLimit limit) {
        return redis.failureCounter(name, limit);
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
        return "redis";
    }

    @Override
    public void close() {
        redis.close();
    }
}
