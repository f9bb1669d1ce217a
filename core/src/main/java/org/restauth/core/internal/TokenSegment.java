package org.restauth.core.internal;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * One stripe of the in-memory token table: open addressing with linear probing over one {@code long[]}, and
 * a ring of (key, expiry) in insertion order to reclaim expired tokens. No object per token: the garbage
 * collector sees two primitive arrays however many tokens are live, so a large live set costs no tracing,
 * no copying between generations and no pause (bench/README.md, "In-memory token table"). Not thread-safe:
 * {@link InMemoryTokenStore} holds the segment's monitor around every call.
 *
 * <p>A slot is six longs: the key's two halves (a digest of the token, never the token), the expiry in epoch
 * milliseconds, the approving uid, the approval in epoch milliseconds, and {@code (owner + 1) << 1 | approved}
 * (0 marks an empty slot).
 */
public final class TokenSegment {
    private static final int STRIDE = 6;
    private static final int HI = 0;
    private static final int LO = 1;
    private static final int EXPIRES = 2;
    private static final int UID = 3;
    private static final int APPROVED_AT = 4;
    private static final int META = 5;
    private static final int RING_STRIDE = 3;

    private static final int MIN_CAPACITY = 16;

    private long[] slots = new long[MIN_CAPACITY * STRIDE];
    private int mask = MIN_CAPACITY - 1;
    private int size;
    private long[] ring = new long[MIN_CAPACITY * RING_STRIDE];
    private int ringHead;
    private int ringCount;

    /** Where the key is, or -1. */
    public int find(long hi, long lo) {
        for (int i = home(hi); ; i = (i + 1) & mask) {
            int at = i * STRIDE;
            if (slots[at + META] == 0) {
                return -1;
            }
            if (slots[at + HI] == hi && slots[at + LO] == lo) {
                return i;
            }
        }
    }

    /** Adds a token the caller checked is absent; queues it for reclaiming at its expiry. */
    public void add(long hi, long lo, long expiresAtMillis, int owner) {
        if ((size + 1) * 4L > (mask + 1) * 3L) {
            resize((mask + 1) * 2);
        }
        put(hi, lo, expiresAtMillis, (long) (owner + 1) << 1);
        size++;
        enqueue(hi, lo, expiresAtMillis);
    }

    /** Slots in the table, for tests of its memory. */
    public int capacity() {
        return mask + 1;
    }

    public long expiresAt(int slot) {
        return slots[slot * STRIDE + EXPIRES];
    }

    public long uid(int slot) {
        return slots[slot * STRIDE + UID];
    }

    public int owner(int slot) {
        return (int) (slots[slot * STRIDE + META] >>> 1) - 1;
    }

    public boolean isApproved(int slot) {
        return (slots[slot * STRIDE + META] & 1) != 0;
    }

    public long approvedAt(int slot) {
        return slots[slot * STRIDE + APPROVED_AT];
    }

    public void approve(int slot, long uid, long atMillis) {
        slots[slot * STRIDE + UID] = uid;
        slots[slot * STRIDE + APPROVED_AT] = atMillis;
        slots[slot * STRIDE + META] |= 1;
    }

    /**
     * Pops every queued key whose expiry has come and removes the token if it is still there and expired;
     * {@code removed} hears the owner of each token removed. Work is proportional to the number popped.
     */
    public void reclaim(long nowMillis, IntConsumer removed) {
        while (ringCount > 0 && ring[ringHead * RING_STRIDE + 2] <= nowMillis) {
            int at = ringHead * RING_STRIDE;
            int slot = find(ring[at], ring[at + 1]);
            ringHead = (ringHead + 1) % (ring.length / RING_STRIDE);
            ringCount--;
            if (slot >= 0 && expiresAt(slot) <= nowMillis) {
                removed.accept(owner(slot));
                remove(slot);
            }
        }
        shrinkIfSparse();
    }

    /** After a flood has expired, gives the memory back: each array shrinks to a quarter full at most. */
    private void shrinkIfSparse() {
        int capacity = mask + 1;
        if (capacity > MIN_CAPACITY && size * 8L < capacity) {
            resize(Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, size * 4 - 1)) * 2));
        }
        int ringCapacity = ring.length / RING_STRIDE;
        if (ringCapacity > MIN_CAPACITY && ringCount * 8L < ringCapacity) {
            resizeRing(Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, ringCount * 4 - 1)) * 2));
        }
    }

    /** Removes the token at {@code slot}: backward-shift deletion, so probes never meet a tombstone. */
    public void remove(int slot) {
        int hole = slot;
        for (int i = (slot + 1) & mask; slots[i * STRIDE + META] != 0; i = (i + 1) & mask) {
            int home = home(slots[i * STRIDE + HI]);
            boolean staysPut = hole <= i ? hole < home && home <= i : hole < home || home <= i;
            if (!staysPut) {
                System.arraycopy(slots, i * STRIDE, slots, hole * STRIDE, STRIDE);
                hole = i;
            }
        }
        Arrays.fill(slots, hole * STRIDE, hole * STRIDE + STRIDE, 0L);
        size--;
    }

    private int home(long hi) {
        return (int) (hi ^ (hi >>> 32)) & mask;
    }

    /** A new, unapproved token: uid and approval 0. */
    private void put(long hi, long lo, long expiresAtMillis, long meta) {
        int at = free(hi) * STRIDE;
        slots[at + HI] = hi;
        slots[at + LO] = lo;
        slots[at + EXPIRES] = expiresAtMillis;
        slots[at + META] = meta;
    }

    private int free(long hi) {
        int i = home(hi);
        while (slots[i * STRIDE + META] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void resize(int capacity) {
        long[] old = slots;
        slots = new long[capacity * STRIDE];
        mask = capacity - 1;
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at + META] != 0) {
                System.arraycopy(old, at, slots, free(old[at + HI]) * STRIDE, STRIDE);
            }
        }
    }

    /** The queue, in order, into a new array of {@code capacity} entries (at least {@link #ringCount}). */
    private void resizeRing(int capacity) {
        int oldCapacity = ring.length / RING_STRIDE;
        long[] resized = new long[capacity * RING_STRIDE];
        for (int n = 0; n < ringCount; n++) {
            System.arraycopy(ring, ((ringHead + n) % oldCapacity) * RING_STRIDE, resized, n * RING_STRIDE, RING_STRIDE);
        }
        ring = resized;
        ringHead = 0;
    }

    private void enqueue(long hi, long lo, long expiresAtMillis) {
        int capacity = ring.length / RING_STRIDE;
        if (ringCount == capacity) {
            resizeRing(capacity * 2);
            capacity *= 2;
        }
        int at = ((ringHead + ringCount) % capacity) * RING_STRIDE;
        ring[at] = hi;
        ring[at + 1] = lo;
        ring[at + 2] = expiresAtMillis;
        ringCount++;
    }
}
