package org.restauth.core.limit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.restauth.core.crypto.Digests;

/**
 * Failure counts in this process's memory, keyed by the SHA-256 of the key (so a long email costs no more
 * memory than a short one). A record is dropped once forgotten ({@link FailureLimit}); past {@code maxKeys}
 * live records the counter fails closed: a key it cannot count is treated as locked for one first lockout.
 */
public final class InMemoryFailureCounter implements FailureCounter {
    private static final long SCAN_INTERVAL_MILLIS = 1000;
    private final FailureLimit limit;
    private final int maxKeys;
    private final ConcurrentHashMap<String, FailureRecord> records = new ConcurrentHashMap<>();
    private final AtomicLong lastScanMillis = new AtomicLong(Long.MIN_VALUE / 2);

    public InMemoryFailureCounter(FailureLimit limit, int maxKeys) {
        this.limit = Objects.requireNonNull(limit, "limit");
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1");
        }
        this.maxKeys = maxKeys;
    }

    public InMemoryFailureCounter(FailureLimit limit) {
        this(limit, 100_000);
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        long nowMillis = now.toEpochMilli();
        FailureRecord record = records.get(Digests.sha256Hex(key));
        if (record == null || record.forgottenBy(nowMillis, limit)) {
            return full(nowMillis) ? Optional.of(now.plus(limit.lockout())) : Optional.empty();
        }
        return record.lockedAt(nowMillis) ? Optional.of(Instant.ofEpochMilli(record.lockedUntilMillis()))
                : Optional.empty();
    }

    @Override
    public Optional<Instant> recordFailure(String key, Instant now) {
        long nowMillis = now.toEpochMilli();
        String digest = Digests.sha256Hex(key);
        if (!records.containsKey(digest) && full(nowMillis)) {
            return Optional.of(now.plus(limit.lockout()));
        }
        FailureRecord after = records.compute(digest, (k, record) ->
                (record == null || record.forgottenBy(nowMillis, limit) ? FailureRecord.NONE : record)
                        .afterFailure(nowMillis, limit));
        return after.lockedAt(nowMillis) ? Optional.of(Instant.ofEpochMilli(after.lockedUntilMillis()))
                : Optional.empty();
    }

    @Override
    public void clear(String key) {
        records.remove(Digests.sha256Hex(key));
    }

    /** True if the table holds {@code maxKeys} live records, after dropping forgotten ones (once a second). */
    private boolean full(long nowMillis) {
        if (records.size() < maxKeys) {
            return false;
        }
        long last = lastScanMillis.get();
        if (nowMillis - last >= SCAN_INTERVAL_MILLIS && lastScanMillis.compareAndSet(last, nowMillis)) {
            records.values().removeIf(r -> r.forgottenBy(nowMillis, limit));
        }
        return records.size() >= maxKeys;
    }
}
