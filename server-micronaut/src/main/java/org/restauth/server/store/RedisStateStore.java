package org.restauth.server.store;

import org.restauth.core.grant.GrantStore;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.store.redis.RedisStores;

/**
 * Everything on one shared Redis. While Redis is down or slower than the timeout, every store call fails
 * with error 2 (core answers "Service temporarily unavailable"); the first call after it is back works.
 */
final class RedisStateStore implements StateStore {
    private final RedisStores redis;

    RedisStateStore(RedisStores redis) {
        this.redis = redis;
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
    public GrantStore grantStore() {
        return redis.grantStore();
    }

    @Override
    public RateLimiter rateLimiter(String name, RateLimit limit) {
        return redis.rateLimiter(name, limit);
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
