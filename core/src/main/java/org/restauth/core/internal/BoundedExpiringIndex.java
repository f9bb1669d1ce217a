package org.restauth.core.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The in-memory stores' engine: a concurrent map by digest, capped overall and per owner, that never
 * evicts a live entry and reclaims expired ones from a queue in expiry order, so the work is
 * proportional to the number expired, not to the number live. Entries are queued in insertion order;
 * with one lifetime per store that is expiry order.
 */
public final class BoundedExpiringIndex<V extends BoundedExpiringIndex.Entry> {

    /** What the index needs of a value. */
    public interface Entry {
        DigestKey key();

        String owner();

        /** Epoch milliseconds from which the entry may be reclaimed; {@link Long#MAX_VALUE} for never. */
        long reclaimAtMillis();
    }

    private final ConcurrentHashMap<DigestKey, V> map = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<V> expiryQueue = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> perOwner = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final ReentrantLock sweeping = new ReentrantLock();
    private final int maxTotal;
    private final int maxPerOwner;

    public BoundedExpiringIndex(int maxTotal, int maxPerOwner) {
        if (maxTotal < 1 || maxPerOwner < 1) {
            throw new IllegalArgumentException("caps must be at least 1");
        }
        this.maxTotal = maxTotal;
        this.maxPerOwner = maxPerOwner;
    }

    /** Adds the entry unless a cap is reached (after reclaiming what has expired). */
    public boolean insert(V value, long nowMillis) {
        sweep(nowMillis);
        AtomicInteger owned = perOwner.computeIfAbsent(value.owner(), k -> new AtomicInteger());
        if (!reserve(total, maxTotal)) {
            return false;
        }
        if (!reserve(owned, maxPerOwner)) {
            total.decrementAndGet();
            return false;
        }
        if (map.putIfAbsent(value.key(), value) != null) {
            release(value);
            return false;
        }
        if (value.reclaimAtMillis() != Long.MAX_VALUE) {
            expiryQueue.add(value);
        }
        return true;
    }

    public V get(DigestKey key) {
        return map.get(key);
    }

    /** Atomically removes and returns the entry, or null. */
    public V remove(DigestKey key) {
        V removed = map.remove(key);
        if (removed != null) {
            release(removed);
        }
        return removed;
    }

    /** Atomically replaces the entry, if present, with {@code update(entry)}; returns the new value or null. */
    public V update(DigestKey key, UnaryOperator<V> update) {
        return map.computeIfPresent(key, (k, v) -> {
            V next = Objects.requireNonNull(update.apply(v), "update result");
            if (!next.key().equals(k) || !next.owner().equals(v.owner())) {
                throw new IllegalArgumentException("an update cannot change key or owner");
            }
            return next;
        });
    }

    /** Removes every entry matching; returns how many. Linear: for rare operations only. */
    public int removeIf(Predicate<V> condition) {
        int removed = 0;
        for (V v : map.values()) {
            if (condition.test(v) && map.remove(v.key(), v)) {
                release(v);
                removed++;
            }
        }
        return removed;
    }

    /** Replaces every entry matching with {@code update(entry)}; returns how many. Linear: for rare operations only. */
    public int updateIf(Predicate<V> condition, UnaryOperator<V> update) {
        int updated = 0;
        for (V v : map.values()) {
            if (condition.test(v) && update(v.key(), current -> current == v ? update.apply(v) : current) != null) {
                updated++;
            }
        }
        return updated;
    }

    /** Entries held, expired but not yet reclaimed included. */
    public int size(long nowMillis) {
        sweep(nowMillis);
        return total.get();
    }

    /** Reclaims every entry whose time has come; skipped if another thread is already at it. */
    public void sweep(long nowMillis) {
        V head = expiryQueue.peek();
        if (head == null || head.reclaimAtMillis() > nowMillis || !sweeping.tryLock()) {
            return;
        }
        try {
            while ((head = expiryQueue.peek()) != null && head.reclaimAtMillis() <= nowMillis) {
                expiryQueue.poll();
                reclaim(head.key(), nowMillis);
            }
        } finally {
            sweeping.unlock();
        }
    }

    /** Removes the entry under this key if its time has come; retries if an update replaced it meanwhile. */
    private void reclaim(DigestKey key, long nowMillis) {
        V current;
        while ((current = map.get(key)) != null && current.reclaimAtMillis() <= nowMillis) {
            if (map.remove(key, current)) {
                release(current);
                return;
            }
        }
    }

    private void release(V value) {
        total.decrementAndGet();
        perOwner.get(value.owner()).decrementAndGet();
    }

    private static boolean reserve(AtomicInteger counter, int max) {
        if (counter.incrementAndGet() > max) {
            counter.decrementAndGet();
            return false;
        }
        return true;
    }
}
