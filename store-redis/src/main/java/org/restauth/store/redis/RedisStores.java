package org.restauth.store.redis;

import java.time.Duration;
import java.util.Objects;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.error.StoreUnavailableException;
import org.restauth.core.error.ApiException;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.UserDirectory;

/**
 * The Redis connection of one node and the stores that share it. Connects on first use, so a node can
 * start while Redis is down; every store call then fails with {@link StoreUnavailableException} (error 2)
 * until Redis answers again, and the first call after that works. Every call blocks its thread for a round
 * trip: the bundle says so ({@link Stores#blocking()}). Thread-safe; close it once, when the node stops.
 */
public final class RedisStores implements AutoCloseable {
    /** How long a Redis command, or a connect attempt, may take before the call fails with error 2. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);

    private final RedisGateway gateway;

    /**
     * @param uri a Redis URI such as {@code redis://127.0.0.1:6379} (or {@code rediss://}, with password, database)
     * @param timeout command and connect timeout
     * @throws IllegalArgumentException if the URI is malformed
     */
    public RedisStores(String uri, Duration timeout) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Redis timeout must be positive");
        }
        this.gateway = new RedisGateway(uri, timeout);
    }

    public RedisStores(String uri) {
        this(uri, DEFAULT_TIMEOUT);
    }

    /**
     * The store bundle on this Redis: tokens, sessions and rate-limit buckets shared by every node; the
     * applications and people given (they are configuration, not state).
     */
    public Stores stores(TokenPolicy tokens, SessionPolicy sessions, ApplicationRegistry applications,
                         UserDirectory users) {
        return new Stores(tokenStore(tokens), sessionStore(sessions), applications, users, this::rateLimiter,
                this::ping, true);
    }

    public RedisTokenStore tokenStore(TokenPolicy policy) {
        return new RedisTokenStore(gateway, policy);
    }

    public RedisSessionStore sessionStore(SessionPolicy policy) {
        return new RedisSessionStore(gateway, policy);
    }

    public RedisPersonStore personStore() {
        return new RedisPersonStore(gateway);
    }

    public RedisApplicationStore applicationStore() {
        return new RedisApplicationStore(gateway);
    }

    public RedisGrantStore grantStore() {
        return new RedisGrantStore(gateway);
    }

    /**
     * A token-bucket limiter whose buckets every node shares.
     *
     * @param name keeps this limiter's buckets apart from other limiters' (say "app", "login-address")
     */
    public RedisRateLimiter rateLimiter(String name, RateLimit limit) {
        return new RedisRateLimiter(gateway, name, limit);
    }

    /**
     * A failure counter whose records every node shares.
     *
     * @param name keeps this counter's records apart from other counters' (say "login-email", "login-address")
     */
    public RedisFailureCounter failureCounter(String name, FailureLimit limit) {
        return new RedisFailureCounter(gateway, name, limit);
    }

    /** Health check: true if Redis answered PING within the timeout. */
    public boolean ping() {
        try {
            return "PONG".equals(gateway.call(redis -> redis.ping()));
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    @Override
    public void close() {
        gateway.close();
    }
}
