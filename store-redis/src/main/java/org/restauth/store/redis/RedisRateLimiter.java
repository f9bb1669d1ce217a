package org.restauth.store.redis;

import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;

/**
 * Token buckets in Redis, shared by every node, drawn from through short local leases (docs/scaling-out.md,
 * "Rate-limit leases"): one script call takes a few permits from the shared bucket, and this node grants them
 * without a round trip while the lease is younger than {@link #LEASE_MILLIS}. Permits are taken before they
 * are granted, so all nodes together never grant more than the bucket holds; a node may refuse early while
 * another holds unused leased permits. Unused permits of an expired lease go back to the bucket with the key's
 * next draw (lost only if that never comes, and then refilled). A lease starts at one permit and doubles each
 * time one is used up before it expires, up to {@code burst / 20} (at most {@link #MAX_LEASE}): a burst under
 * 40 is drawn one permit per call, exactly as without leases.
 */
public final class RedisRateLimiter implements RateLimiter {
    /** A century: beyond it PEXPIRE overflows, and no sane limit refills that slowly. */
    private static final double MAX_REFILL_MILLIS = 100L * 365 * 24 * 3600 * 1000;
    /** How long leased permits may be granted: the longest another node can be refused while they sit here. */
    static final long LEASE_MILLIS = 200;
    /** The largest lease: 64 sequential calls need 1.02 round trips each; more buys little. */
    static final int MAX_LEASE = 64;
    /** A lease is at most this share of the burst, so one node's unused lease costs others at most 5 %. */
    private static final int BURST_PER_LEASE = 20;
    /** Keys with a lease kept at once (per-address keys are unbounded); past it new keys draw one by one. */
    private static final int MAX_LEASED_KEYS = 10_000;

    private final RedisGateway redis;
    private final String name;
    private final String burst;
    private final String perSecond;
    private final String refillMillis;
    private final int maxLease;
    private final ConcurrentHashMap<String, PermitLease> leases = new ConcurrentHashMap<>();
    private final AtomicLong lastSweepMillis = new AtomicLong(Long.MIN_VALUE / 2);

    RedisRateLimiter(RedisGateway redis, String name, RateLimit limit) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limit, "limit");
        // after this long untouched, a drained bucket is full again: Redis may forget it
        double refill = Math.ceil(limit.burst() / limit.perSecond() * 1000) + 1;
        this.refillMillis = Long.toString((long) Math.min(refill, MAX_REFILL_MILLIS));
        this.burst = Integer.toString(limit.burst());
        this.perSecond = Double.toString(limit.perSecond());
        this.maxLease = maxLease(limit);
    }

    static int maxLease(RateLimit limit) {
        return Math.max(1, Math.min(MAX_LEASE, limit.burst() / BURST_PER_LEASE));
    }

    @Override
    public boolean tryAcquire(String key, Instant now) {
        long nowMillis = now.toEpochMilli();
        PermitLease lease = maxLease == 1 ? null : lease(key, nowMillis);
        if (lease == null) {
            return take(key, nowMillis, 1, 0) == 1;
        }
        int want;
        int returned;
        synchronized (lease) {
            if (lease.grant(nowMillis)) {
                return true;
            }
            want = lease.nextSize(nowMillis, maxLease);
            returned = lease.claimUnused(nowMillis);
        }
        // no lock held during the round trip; if it fails, the returned permits are lost (fail closed)
        long taken = take(key, nowMillis, want, returned);
        if (taken == 0) {
            return false;
        }
        synchronized (lease) {
            lease.add(nowMillis, (int) taken - 1);
        }
        return true;
    }

    private long take(String key, long nowMillis, int want, int returned) {
        Long taken = redis.script(LuaScript.RATE_LIMIT, ScriptOutputType.INTEGER, new String[] {bucket(key)},
                burst, perSecond, Long.toString(nowMillis), refillMillis, Integer.toString(want),
                Integer.toString(returned));
        return taken;
    }

    /** The key's lease, new if none; null if the table is full of live leases. */
    private PermitLease lease(String key, long nowMillis) {
        PermitLease lease = leases.get(key);
        if (lease != null) {
            return lease;
        }
        if (leases.size() >= MAX_LEASED_KEYS) {
            sweep(nowMillis);
            if (leases.size() >= MAX_LEASED_KEYS) {
                return null;
            }
        }
        return leases.computeIfAbsent(key, k -> new PermitLease());
    }

    /** Drops expired leases, once per lease period at most; their unused permits are lost (and refilled). */
    private void sweep(long nowMillis) {
        long last = lastSweepMillis.get();
        if (nowMillis - last >= LEASE_MILLIS && lastSweepMillis.compareAndSet(last, nowMillis)) {
            leases.values().removeIf(lease -> {
                synchronized (lease) {
                    return !lease.live(nowMillis);
                }
            });
        }
    }

    String bucket(String key) {
        return KeyLayout.bucket(name, key);
    }

    /** Number of keys holding a lease (tests). */
    int leasedKeys() {
        return leases.size();
    }
}
