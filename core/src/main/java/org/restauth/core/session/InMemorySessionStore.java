package org.restauth.core.session;

import java.time.Instant;
import java.util.Optional;
import org.restauth.core.internal.DigestKey;
import org.restauth.core.crypto.Secret;
import org.restauth.core.internal.BoundedExpiringIndex;

/** Sessions in this process's memory: thread-safe, bounded, keyed by digest. One node only. */
public final class InMemorySessionStore implements SessionStore {
    private final BoundedExpiringIndex<Held> index;
    private final long graceMillis;

    public InMemorySessionStore(SessionPolicy policy) {
        this.index = new BoundedExpiringIndex<>(policy.maxLive(), policy.maxLivePerApplication());
        this.graceMillis = policy.expiredGrace().toMillis();
    }

    @Override
    public boolean create(String sessionKey, StoredSession session, Instant now) {
        long reclaimAt = session.neverExpires() ? Long.MAX_VALUE : session.expires() * 1000 + graceMillis;
        return index.insert(new Held(DigestKey.of(sessionKey), session, reclaimAt), now.toEpochMilli());
    }

    @Override
    public SessionLookup find(String sessionKey, Instant now) {
        Held held = index.get(DigestKey.of(sessionKey));
        if (held == null || held.reclaimAtMillis <= now.toEpochMilli()) {
            return SessionLookup.UNKNOWN;
        }
        return held.session.isExpiredAt(now)
                ? new SessionLookup.Expired(held.session.apiKey())
                : new SessionLookup.Live(held.session);
    }

    @Override
    public boolean remove(String sessionKey) {
        return index.remove(DigestKey.of(sessionKey)) != null;
    }

    @Override
    public Optional<Secret> secretOrSet(String sessionKey, Secret candidate, Instant now) {
        Held updated = index.update(DigestKey.of(sessionKey), held ->
                held.session.isExpiredAt(now) || held.session.secret().isPresent()
                        ? held
                        : new Held(held.key, held.session.withSecret(candidate), held.reclaimAtMillis));
        if (updated == null || updated.session.isExpiredAt(now)) {
            return Optional.empty();
        }
        return updated.session.secret();
    }

    @Override
    public int removeAll(String apiKey, long uid, Instant now) {
        return index.removeIf(held -> held.session.apiKey().equals(apiKey)
                && held.session.uid() == uid
                && !held.session.isExpiredAt(now));
    }

    @Override
    public int removeAllOf(long uid) {
        return index.removeIf(held -> held.session.uid() == uid);
    }

    @Override
    public int neverExpire(String apiKey, long uid, Instant now) {
        return index.updateIf(held -> held.session.apiKey().equals(apiKey) && held.session.uid() == uid
                        && !held.session.isExpiredAt(now),
                held -> new Held(held.key, held.session.neverExpiring(), Long.MAX_VALUE));
    }

    @Override
    public long liveCount(Instant now) {
        return index.size(now.toEpochMilli());
    }

    private record Held(DigestKey key, StoredSession session, long reclaimAtMillis)
            implements BoundedExpiringIndex.Entry {
        @Override
        public String owner() {
            return session.apiKey();
        }
    }
}
