package org.restauth.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The open-addressing table against a HashMap model: keys are drawn so that most share a home slot, which
 * is where linear probing and backward-shift deletion go wrong if they do.
 */
class TokenSegmentTest {

    private static final int[] HOMES = {0, 1, 511, 1022, 1023};

    private record Held(long expiresAt, int owner, boolean approved, long uid, long approvedAt) {
    }

    @Test
    void randomOperations_withCollidingKeys_matchAMapModelThroughGrowthAndShrinking() {
        Random random = new Random(20261125);
        TokenSegment segment = new TokenSegment();
        Map<Long, Held> model = new HashMap<>();
        List<Integer> reclaimedOwners = new ArrayList<>();
        long now = 1_000;
        for (int step = 0; step < 200_000; step++) {
            // phases of growth and of shrinking: the table resizes both ways many times
            boolean growing = (step / 20_000) % 2 == 0;
            int k = random.nextInt(4096);
            // few home slots, the table's last one among them: clusters grow long and wrap around the end
            long hi = ((long) k << 20) | HOMES[k % HOMES.length];
            int op = random.nextInt(10);
            int slot = segment.find(hi, ~hi);
            assertEquals(model.containsKey(hi), slot >= 0, "find at step " + step);
            if (op < (growing ? 6 : 2) && slot < 0) {
                int owner = random.nextInt(5);
                long expiresAt = now + 300; // one lifetime per store: queue order is expiry order
                segment.add(hi, ~hi, expiresAt, owner);
                model.put(hi, new Held(expiresAt, owner, false, 0, 0));
            } else if (op < 8 && slot >= 0) {
                Held held = model.get(hi);
                assertEquals(held.expiresAt(), segment.expiresAt(slot));
                assertEquals(held.owner(), segment.owner(slot));
                assertEquals(held.approved(), segment.isApproved(slot));
                assertEquals(held.uid(), segment.uid(slot));
                assertEquals(held.approvedAt(), segment.approvedAt(slot));
                if (op < 4 && !held.approved()) {
                    segment.approve(slot, hi + 7, now + step);
                    model.put(hi, new Held(held.expiresAt(), held.owner(), true, hi + 7, now + step));
                } else {
                    segment.remove(slot);
                    model.remove(hi);
                }
            } else if (op == 9) {
                now += random.nextInt(50);
                long at = now;
                reclaimedOwners.clear();
                segment.reclaim(at, reclaimedOwners::add);
                long expected = model.values().stream().filter(h -> h.expiresAt() <= at).count();
                assertEquals(expected, reclaimedOwners.size(), "reclaimed at step " + step);
                model.values().removeIf(h -> h.expiresAt() <= at);
            }
        }
        for (Map.Entry<Long, Held> entry : model.entrySet()) {
            assertTrue(segment.find(entry.getKey(), ~entry.getKey()) >= 0);
        }
    }

    @Test
    void reclaim_afterAFloodExpired_givesTheMemoryBack() {
        TokenSegment segment = new TokenSegment();
        int initial = segment.capacity();
        for (long k = 1; k <= 10_000; k++) {
            segment.add(k * 0x9E3779B97F4A7C15L, k, 100, 0);
        }
        assertTrue(segment.capacity() >= 10_000 * 4 / 3);

        segment.reclaim(100, owner -> { });

        assertEquals(initial, segment.capacity());
    }

    @Test
    void reclaim_tokenRemovedBeforeItsExpiry_isNotReportedAgain() {
        TokenSegment segment = new TokenSegment();
        segment.add(1, 2, 100, 0);
        segment.remove(segment.find(1, 2));
        List<Integer> reclaimed = new ArrayList<>();

        segment.reclaim(100, reclaimed::add);

        assertEquals(List.of(), reclaimed);
        assertFalse(segment.find(1, 2) >= 0);
    }

    @Test
    void reclaim_beforeExpiry_keepsTheToken() {
        TokenSegment segment = new TokenSegment();
        segment.add(1, 2, 100, 3);
        List<Integer> reclaimed = new ArrayList<>();

        segment.reclaim(99, reclaimed::add);
        assertTrue(segment.find(1, 2) >= 0);

        segment.reclaim(100, reclaimed::add);
        assertEquals(List.of(3), reclaimed);
        assertFalse(segment.find(1, 2) >= 0);
    }
}
