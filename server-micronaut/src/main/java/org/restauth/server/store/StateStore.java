package org.restauth.server.store;

import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.PersonStore;

/**
 * Where this server keeps tokens, sessions, rate-limit buckets and failure counts: its own memory ({@code restauth.store:
 * memory}, one node) or a Redis that every node shares ({@code redis}). Every stateful bean comes from here,
 * so that with Redis no node keeps state of its own.
 */
public interface StateStore extends AutoCloseable {

    TokenStore tokenStore(TokenPolicy policy);

    SessionStore sessionStore(SessionPolicy policy);

    /** @param name keeps this limiter's buckets apart from other limiters' ("app", "login") */
    RateLimiter rateLimiter(String name, RateLimit limit);

    /** @param name keeps this counter's records apart from other counters' ("login-email", "login-address") */
    FailureCounter failureCounter(String name, FailureLimit limit);

    /** The people of the system of record (the CLI changes them while the server runs). */
    PersonStore personStore();

    /** Applications added at run time, beside the configured ones. */
    ApplicationStore applicationStore();

    /** For the health endpoint: memory, sqlite or redis. */
    String kind();

    /** True if the store answers now (memory always does; Redis within its timeout). */
    boolean reachable();

    /** Releases the connection, if any; called once, when the server stops. */
    @Override
    void close();
}
