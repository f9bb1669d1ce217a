package org.restauth.core.token;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.restauth.core.internal.DigestKey;
import org.restauth.core.internal.TokenSegment;

/**
 * Tokens in this process's memory: thread-safe, bounded, keyed by digest. One node only.
 *
 * <p>256 {@link TokenSegment}s, each behind its own monitor, chosen by the digest's high bits: no object per
 * token (about 110 bytes each, bench/README.md), and callers on different cores rarely meet. Expired tokens
 * are reclaimed in expiry order by the next create in their segment, or by {@link #liveCount}; a create that
 * meets a cap reclaims every segment before it refuses. A live token is never evicted.
 */
public final class InMemoryTokenStore implements TokenStore {
    /**
     * Enough stripes that at the default cap (1 000 000) each array stays under half a G1 region (512 KB at
     * heaps under 2 GB): a larger one is "humongous" and rounded up to whole regions, which cost 45 bytes per
     * token with 64 stripes.
     */
    private static final int SEGMENTS = 256;

    private final TokenSegment[] segments = new TokenSegment[SEGMENTS];
    private final ConcurrentHashMap<String, Owner> owners = new ConcurrentHashMap<>();
    private volatile Owner[] ownersById = new Owner[0];
    private final AtomicInteger total = new AtomicInteger();
    /** One instance: a method reference written at each call site would be allocated on each call. */
    private final IntConsumer released = this::release;
    private final int maxLive;
    private final int maxLivePerOwner;

    public InMemoryTokenStore(TokenPolicy policy) {
        this.maxLive = policy.maxLive();
        this.maxLivePerOwner = policy.maxLivePerApplication();
        Arrays.setAll(segments, i -> new TokenSegment());
    }

    @Override
    public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
        DigestKey key = DigestKey.of(token);
        Owner owner = owners.computeIfAbsent(apiKey, this::register);
        long nowMillis = now.toEpochMilli();
        if (!reserve(owner)) {
            reclaimAll(nowMillis);
            if (!reserve(owner)) {
                return CreateResult.LIMIT_REACHED;
            }
        }
        TokenSegment segment = segmentOf(key);
        synchronized (segment) {
            segment.reclaim(nowMillis, released);
            if (segment.find(key.high(), key.low()) < 0) {
                segment.add(key.high(), key.low(), expiresAt.toEpochMilli(), owner.id);
                return CreateResult.CREATED;
            }
        }
        release(owner.id);
        return CreateResult.LIMIT_REACHED;
    }

    @Override
    public ApproveResult approve(String token, String apiKey, long uid, Instant now) {
        DigestKey key = DigestKey.of(token);
        Owner owner = owners.get(apiKey);
        TokenSegment segment = segmentOf(key);
        synchronized (segment) {
            int slot = segment.find(key.high(), key.low());
            if (slot < 0 || segment.expiresAt(slot) <= now.toEpochMilli()) {
                return ApproveResult.UNKNOWN;
            }
            if (owner == null || segment.owner(slot) != owner.id) {
                return ApproveResult.OTHER_APPLICATION;
            }
            if (segment.isApproved(slot)) {
                return ApproveResult.ALREADY_APPROVED;
            }
            segment.approve(slot, uid, now.toEpochMilli());
            return ApproveResult.APPROVED;
        }
    }

    @Override
    public Optional<StoredToken> consume(String token, Instant now) {
        return read(token, now, true);
    }

    @Override
    public Optional<StoredToken> peek(String token, Instant now) {
        return read(token, now, false);
    }

    @Override
    public long liveCount(Instant now) {
        reclaimAll(now.toEpochMilli());
        return total.get();
    }

    /** The token if it is live; with {@code remove}, gone afterwards whatever it was. */
    private Optional<StoredToken> read(String token, Instant now, boolean remove) {
        DigestKey key = DigestKey.of(token);
        TokenSegment segment = segmentOf(key);
        synchronized (segment) {
            int slot = segment.find(key.high(), key.low());
            if (slot < 0) {
                return Optional.empty();
            }
            int owner = segment.owner(slot);
            StoredToken stored = new StoredToken(ownersById[owner].apiKey,
                    segment.isApproved(slot) ? TokenState.APPROVED : TokenState.ISSUED,
                    segment.uid(slot), segment.expiresAt(slot), segment.approvedAt(slot));
            if (remove) {
                segment.remove(slot);
                release(owner);
            }
            return stored.isLiveAt(now) ? Optional.of(stored) : Optional.empty();
        }
    }

    private void reclaimAll(long nowMillis) {
        for (TokenSegment segment : segments) {
            synchronized (segment) {
                segment.reclaim(nowMillis, released);
            }
        }
    }

    private TokenSegment segmentOf(DigestKey key) {
        return segments[(int) (key.high() >>> 56)];
    }

    private boolean reserve(Owner owner) {
        if (total.incrementAndGet() > maxLive) {
            total.decrementAndGet();
            return false;
        }
        if (owner.live.incrementAndGet() > maxLivePerOwner) {
            owner.live.decrementAndGet();
            total.decrementAndGet();
            return false;
        }
        return true;
    }

    private void release(int ownerId) {
        ownersById[ownerId].live.decrementAndGet();
        total.decrementAndGet();
    }

    /** Called once per application, under the map's lock for that key; ids index {@link #ownersById}. */
    private synchronized Owner register(String apiKey) {
        Owner[] grown = Arrays.copyOf(ownersById, ownersById.length + 1);
        Owner owner = new Owner(grown.length - 1, apiKey, new AtomicInteger());
        grown[owner.id] = owner;
        ownersById = grown;
        return owner;
    }

    /** An application's id in the table, its api key, and how many of its tokens are held. */
    private record Owner(int id, String apiKey, AtomicInteger live) {
    }
}
