package org.restauth.server.store;

import org.restauth.core.app.ApplicationStore;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
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

    RedisStateStore(RedisStores redis) {
        this.redis = redis;
        this.people = redis.personStore();
        this.applications = redis.applicationStore();
    }

    @Override
    public TokenStore tokenStore(TokenPolicy policy) {
        return redis.tokenStore(policy);
    }

    @Override
    public SessionStore sessionStore(SessionPolicy policy) {
        return redis.sessionStore(policy);
    }

    @Override
    public RateLimiter rateLimiter(String name, RateLimit limit) {
        return redis.rateLimiter(name, limit);
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
    public String kind() {
        return "redis";
    }

    @Override
    public boolean reachable() {
        return redis.ping();
    }

    @Override
    public void close() {
        redis.close();
    }
}
