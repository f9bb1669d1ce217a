package org.restauth.core.token;

import java.time.Instant;
import java.util.Optional;
import org.restauth.core.crypto.DigestKey;
import org.restauth.core.memory.BoundedExpiringIndex;

/** Tokens in this process's memory: thread-safe, bounded, keyed by digest. One node only. */
public final class InMemoryTokenStore implements TokenStore {

    private final BoundedExpiringIndex<Held> index;

    public InMemoryTokenStore(TokenPolicy policy) {
        this.index = new BoundedExpiringIndex<>(policy.maxLive(), policy.maxLivePerApplication());
    }

    @Override
    public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
        Held held = new Held(DigestKey.of(token), apiKey, TokenState.ISSUED, 0, expiresAt.toEpochMilli());
        return index.insert(held, now.toEpochMilli()) ? CreateResult.CREATED : CreateResult.LIMIT_REACHED;
    }

    @Override
    public ApproveResult approve(String token, String apiKey, long uid, Instant now) {
        ApproveResult[] result = {ApproveResult.UNKNOWN};
        index.update(DigestKey.of(token), held -> {
            if (!held.isLiveAt(now)) {
                return held;
            }
            if (!held.apiKey.equals(apiKey)) {
                result[0] = ApproveResult.OTHER_APPLICATION;
                return held;
            }
            if (held.state != TokenState.ISSUED) {
                result[0] = ApproveResult.ALREADY_APPROVED;
                return held;
            }
            result[0] = ApproveResult.APPROVED;
            return new Held(held.key, held.apiKey, TokenState.APPROVED, uid, held.expiresAtMillis);
        });
        return result[0];
    }

    @Override
    public Optional<StoredToken> consume(String token, Instant now) {
        Held held = index.remove(DigestKey.of(token));
        return held != null && held.isLiveAt(now) ? Optional.of(held.toStored()) : Optional.empty();
    }

    @Override
    public Optional<StoredToken> peek(String token, Instant now) {
        Held held = index.get(DigestKey.of(token));
        return held != null && held.isLiveAt(now) ? Optional.of(held.toStored()) : Optional.empty();
    }

    @Override
    public long liveCount(Instant now) {
        return index.size(now.toEpochMilli());
    }

    /** One entry; about 140 bytes with its map node and queue node. */
    private record Held(DigestKey key, String apiKey, TokenState state, long uid, long expiresAtMillis)
            implements BoundedExpiringIndex.Entry {

        boolean isLiveAt(Instant now) {
            return now.toEpochMilli() < expiresAtMillis;
        }

        StoredToken toStored() {
            return new StoredToken(apiKey, state, uid, expiresAtMillis);
        }

        @Override
        public String owner() {
            return apiKey;
        }

        @Override
        public long reclaimAtMillis() {
            return expiresAtMillis;
        }
    }
}
