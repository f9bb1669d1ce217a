package org.restauth.store.redis;

import io.lettuce.core.Range;
import java.time.Instant;

/** The scores of index entries still held at {@code now}: reclaim-at strictly after it, never included. */
final class LiveRange {
    private LiveRange() {
    }

    static Range<Long> after(Instant now) {
        return Range.from(Range.Boundary.excluding(now.toEpochMilli()), Range.Boundary.unbounded());
    }
}
