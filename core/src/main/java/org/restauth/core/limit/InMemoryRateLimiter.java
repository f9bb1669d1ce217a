package org.restauth.core.limit;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets in this process's memory. Buckets that have refilled completely carry no information
 * and are dropped once the map grows past {@code maxKeys}, so unbounded key spaces (client addresses)
 * stay bounded.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private final RateLimit limit;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public InMemoryRateLimiter(RateLimit limit, int maxKeys) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.maxKeys = maxKeys;
    }

    public InMemoryRateLimiter(RateLimit limit) {
        this(limit, 100_000);
    }

    @Override
    public boolean tryAcquire(String key, Instant now) {
        long nowMillis = now.toEpochMilli();
        if (buckets.size() > maxKeys) {
            buckets.values().removeIf(b -> b.refilled(nowMillis, limit) >= limit.burst());
        }
        boolean[] granted = {false};
        buckets.compute(key, (k, bucket) -> {
            double available = bucket == null ? limit.burst() : bucket.refilled(nowMillis, limit);
            granted[0] = available >= 1;
            return new Bucket(granted[0] ? available - 1 : available, nowMillis);
        });
        return granted[0];
    }

    private record Bucket(double tokens, long atMillis) {
        double refilled(long nowMillis, RateLimit limit) {
            double elapsed = Math.max(0, nowMillis - atMillis) / 1000.0;
            return Math.min(limit.burst(), tokens + elapsed * limit.perSecond());
        }
    }
}
