package org.restauth.server.store;

import org.restauth.core.grant.GrantStore;
import org.restauth.core.grant.InMemoryGrantStore;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;

/** Core's in-memory stores: one node, state lost at restart. */
final class MemoryStateStore implements StateStore {

    @Override
    public TokenStore tokenStore(TokenPolicy policy) {
        return new InMemoryTokenStore(policy);
    }

    @Override
    public SessionStore sessionStore(SessionPolicy policy) {
        return new InMemorySessionStore(policy);
    }

    @Override
    public GrantStore grantStore() {
        return new InMemoryGrantStore();
    }

    @Override
    public RateLimiter rateLimiter(String name, RateLimit limit) {
        return new InMemoryRateLimiter(limit);
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
