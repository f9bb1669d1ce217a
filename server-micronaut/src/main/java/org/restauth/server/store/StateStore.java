package org.restauth.server.store;

import org.restauth.core.grant.GrantStore;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;

/**
 * Where this server keeps tokens, sessions and rate-limit buckets: its own memory ({@code restauth.store:
 * memory}, one node) or a Redis that every node shares ({@code redis}). Every stateful bean comes from here,
 * so that with Redis no node keeps state of its own.
 */
public interface StateStore extends AutoCloseable {

    TokenStore tokenStore(TokenPolicy policy);

    SessionStore sessionStore(SessionPolicy policy);

    /** Who authorized which application, with which extended permissions. */
    GrantStore grantStore();

    /** @param name keeps this limiter's buckets apart from other limiters' ("app", "login") */
    RateLimiter rateLimiter(String name, RateLimit limit);

    /** For the health endpoint: memory, or redis. */
    String kind();

    /** True if the store answers now (memory always does; Redis within its timeout). */
    boolean reachable();

    /** Releases the connection, if any; called once, when the server stops. */
    @Override
    void close();
}
