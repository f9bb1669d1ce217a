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
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit.burst(), nowMillis));
        return bucket.tryTake(nowMillis, limit);
    }

    private void dropFullBuckets(long nowMillis) {
        long last = lastScanMillis.get();
        if (nowMillis - last >= SCAN_INTERVAL_MILLIS && lastScanMillis.compareAndSet(last, nowMillis)) {
            buckets.values().removeIf(b -> b.refilled(nowMillis, limit) >= limit.burst());
        }
    }

    /**
     * One key's bucket, changed in place under its own monitor: no allocation per call, and callers of
     * different keys never meet. The scan drops only full buckets; a caller that still holds one takes from
     * it while the next caller starts a new full one: in that race the key gets one call more than its burst.
     */
    private static final class Bucket {
        private double tokens;
        private long atMillis;

        Bucket(double tokens, long atMillis) {
            this.tokens = tokens;
            this.atMillis = atMillis;
        }

        synchronized boolean tryTake(long nowMillis, RateLimit limit) {
            tokens = refilled(nowMillis, limit);
            atMillis = Math.max(atMillis, nowMillis);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized double refilled(long nowMillis, RateLimit limit) {
            double elapsed = Math.max(0, nowMillis - atMillis) / 1000.0;
            return Math.min(limit.burst(), tokens + elapsed * limit.perSecond());
        }
    }
}
