package org.restauth.store.redis;

import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.Objects;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;

/** Token buckets in Redis: one Lua script per call, so every node draws from the same bucket. */
public final class RedisRateLimiter implements RateLimiter {
    /** A century: beyond it PEXPIRE overflows, and no sane limit refills that slowly. */
    private static final double MAX_REFILL_MILLIS = 100L * 365 * 24 * 3600 * 1000;

    private final RedisGateway redis;
    private final String name;
    private final RateLimit limit;
    private final String burst;
    private final String perSecond;
    private final String refillMillis;

    RedisRateLimiter(RedisGateway redis, String name, RateLimit limit) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.name = Objects.requireNonNull(name, "name");
        this.limit = Objects.requireNonNull(limit, "limit");
        // after this long untouched, a drained bucket is full again: Redis may forget it
        double refill = Math.ceil(limit.burst() / limit.perSecond() * 1000) + 1;
        this.refillMillis = Long.toString((long) Math.min(refill, MAX_REFILL_MILLIS));
        this.burst = Integer.toString(limit.burst());
        this.perSecond = Double.toString(limit.perSecond());
    }

    @Override
    public boolean tryAcquire(String key, Instant now) {
        Long granted = redis.script(LuaScript.RATE_LIMIT, ScriptOutputType.INTEGER,
                new String[] {bucket(key)}, burst, perSecond, Long.toString(now.toEpochMilli()), refillMillis);
        return granted == 1;
    }

    String bucket(String key) {
        return KeyLayout.bucket(name, key);
    }
}
