package org.restauth.core.limit;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Token buckets in this process's memory. Buckets that have refilled completely carry no information
 * and are dropped once the map grows past {@code maxKeys} (one scan a second at most), so unbounded key
 * spaces (client addresses) stay bounded. If a flood of distinct keys keeps the map full even so, new
 * keys are refused until buckets refill: failing closed is the safe side for a limiter.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private static final long SCAN_INTERVAL_MILLIS = 1000;
    private final RateLimit limit;
    private final int maxKeys;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastScanMillis = new AtomicLong(Long.MIN_VALUE / 2);

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
        if (buckets.size() >= maxKeys) {
            dropFullBuckets(nowMillis);
            if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
                return false;
            }
        }
        boolean[] granted = {false};
        buckets.compute(key, (k, bucket) -> {
            double available = bucket == null ? limit.burst() : bucket.refilled(nowMillis, limit);
            granted[0] = available >= 1;
            return new Bucket(granted[0] ? available - 1 : available, nowMillis);
        });
        return granted[0];
    }

    private void dropFullBuckets(long nowMillis) {
        long last = lastScanMillis.get();
        if (nowMillis - last >= SCAN_INTERVAL_MILLIS && lastScanMillis.compareAndSet(last, nowMillis)) {
            buckets.values().removeIf(b -> b.refilled(nowMillis, limit) >= limit.burst());
        }
    }

    private record Bucket(double tokens, long atMillis) {
        double refilled(long nowMillis, RateLimit limit) {
            double elapsed = Math.max(0, nowMillis - atMillis) / 1000.0;
            return Math.min(limit.burst(), tokens + elapsed * limit.perSecond());
        }
    }
}
