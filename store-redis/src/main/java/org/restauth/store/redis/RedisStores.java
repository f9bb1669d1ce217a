package org.restauth.store.redis;

import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.Objects;
import org.restauth.core.error.ApiException;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.token.TokenPolicy;

/**
 * The Redis connection of one node and the stores that share it. Connects on first use, so a node can
 * start while Redis is down; every store call then fails with error 2 until Redis answers again, and the
 * first call after that works. Thread-safe; close it once, when the node stops.
 */
public final class RedisStores implements AutoCloseable {
    /** How long a Redis command, or a connect attempt, may take before the call fails with error 2. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(500);
    /** How many asynchronous calls may wait for Redis at once; past it a call fails with error 2 at once. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 10_000;

    private final RedisGateway gateway;

    /**
     * @param uri a Redis URI such as {@code redis://127.0.0.1:6379} (or {@code rediss://}, with password, database)
     * @param timeout command and connect timeout
     * @param maxInFlight asynchronous calls (auth.createToken's) waiting for Redis at once, at most
     * @param sharedLoops the HTTP server's event loops, or null: an asynchronous call made on one of them is
     *     written and completed on that loop, with a connection of its own (Lettuce never shuts them down)
     * @throws IllegalArgumentException if the URI is malformed
     */
    public RedisStores(String uri, Duration timeout, int maxInFlight, EventLoopGroup sharedLoops) {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Redis timeout must be positive");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.gateway = new RedisGateway(uri, timeout, maxInFlight, sharedLoops);
    }

    public RedisStores(String uri, Duration timeout, int maxInFlight) {
        this(uri, timeout, maxInFlight, null);
    }

    public RedisStores(String uri, Duration timeout) {
        this(uri, timeout, DEFAULT_MAX_IN_FLIGHT);
    }

    public RedisStores(String uri) {
        this(uri, DEFAULT_TIMEOUT);
    }

    public RedisTokenStore tokenStore(TokenPolicy policy) {
        return new RedisTokenStore(gateway, policy);
    }

    public RedisSessionStore sessionStore(SessionPolicy policy) {
        return new RedisSessionStore(gateway, policy);
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

    /** Health check: true if Redis answered PING within the timeout. */
    public boolean ping() {
        try {
            return "PONG".equals(gateway.call(redis -> redis.ping()));
        } catch (ApiException e) {
            return false;
        }
    }

    @Override
    public void close() {
        gateway.close();
    }
}
