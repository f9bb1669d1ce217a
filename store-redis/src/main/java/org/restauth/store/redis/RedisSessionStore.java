package org.restauth.store.redis;

import static org.restauth.store.redis.KeyLayout.ALL_SESSIONS;
import static org.restauth.store.redis.KeyLayout.APP_SESSIONS_PREFIX;
import static org.restauth.store.redis.KeyLayout.PERSON_ALL_SESSIONS_PREFIX;
import static org.restauth.store.redis.KeyLayout.PERSON_SESSIONS_PREFIX;
import static org.restauth.store.redis.KeyLayout.SESSION_PREFIX;

import io.lettuce.core.KeyValue;
import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.StoredSession;

/**
 * Sessions in Redis, shared by every node. A session is kept until its {@code expires} plus the policy's
 * grace (so a late call gets 450, not 102), then Redis drops it; a session that never expires has no TTL.
 * The session secret is held in clear: signatures are checked with it and promoteSession hands it out.
 */
public final class RedisSessionStore implements SessionStore {
    private final RedisGateway redis;
    private final SessionPolicy policy;

    RedisSessionStore(RedisGateway redis, SessionPolicy policy) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public boolean create(String sessionKey, StoredSession session, Instant now) {
        String digest = KeyLayout.digest(sessionKey);
        String reclaimAt = session.neverExpires() ? "+inf" : Long.toString(reclaimAtMillis(session.expires()));
        Long created = redis.script(LuaScript.SESSION_CREATE, ScriptOutputType.INTEGER,
                new String[] {SESSION_PREFIX + digest, ALL_SESSIONS, KeyLayout.appSessions(session.apiKey()),
                        KeyLayout.personSessions(session.apiKey(), session.uid()),
                        KeyLayout.personAllSessions(session.uid())},
                digest, session.apiKey(), Long.toString(session.uid()), Long.toString(session.expires()),
                session.secret().map(Secret::reveal).orElse(""), reclaimAt, Long.toString(now.toEpochMilli()),
                Integer.toString(policy.maxLive()), Integer.toString(policy.maxLivePerApplication()));
        return created == 1;
    }

    @Override
    public SessionLookup find(String sessionKey, Instant now) {
        String key = SESSION_PREFIX + KeyLayout.digest(sessionKey);
        List<KeyValue<String, String>> fields = redis.call(r -> r.hmget(key, "app", "uid", "exp", "secret"));
        if (!fields.get(0).hasValue()) {
            return SessionLookup.UNKNOWN;
        }
        StoredSession session = new StoredSession(fields.get(0).getValue(), Long.parseLong(fields.get(1).getValue()),
                Long.parseLong(fields.get(2).getValue()),
                fields.get(3).optional().map(Secret::of));
        if (!session.neverExpires() && reclaimAtMillis(session.expires()) <= now.toEpochMilli()) {
            return SessionLookup.UNKNOWN;
        }
        return session.isExpiredAt(now) ? new SessionLookup.Expired(session.apiKey()) : new SessionLookup.Live(session);
    }

    @Override
    public boolean remove(String sessionKey) {
        String digest = KeyLayout.digest(sessionKey);
        Long removed = redis.script(LuaScript.SESSION_REMOVE, ScriptOutputType.INTEGER,
                new String[] {SESSION_PREFIX + digest, ALL_SESSIONS},
                digest, APP_SESSIONS_PREFIX, PERSON_SESSIONS_PREFIX, PERSON_ALL_SESSIONS_PREFIX);
        return removed == 1;
    }

    @Override
    public Optional<Secret> secretOrSet(String sessionKey, Secret candidate, Instant now) {
        String secret = redis.script(LuaScript.SESSION_SECRET, ScriptOutputType.VALUE,
                new String[] {SESSION_PREFIX + KeyLayout.digest(sessionKey)},
                candidate.reveal(), Long.toString(now.getEpochSecond()));
        return Optional.ofNullable(secret).map(Secret::of);
    }

    @Override
    public int removeAll(String apiKey, long uid, Instant now) {
        Long ended = redis.script(LuaScript.SESSION_REMOVE_ALL, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.personSessions(apiKey, uid), ALL_SESSIONS, KeyLayout.appSessions(apiKey),
                        KeyLayout.personAllSessions(uid)},
                Long.toString(now.getEpochSecond()), SESSION_PREFIX);
        return Math.toIntExact(ended);
    }

    @Override
    public int removeAllOf(long uid) {
        Long ended = redis.script(LuaScript.SESSION_REMOVE_EVERY, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.personAllSessions(uid), ALL_SESSIONS},
                SESSION_PREFIX, APP_SESSIONS_PREFIX, PERSON_SESSIONS_PREFIX, Long.toString(uid));
        return Math.toIntExact(ended);
    }

    @Override
    public int neverExpire(String apiKey, long uid, Instant now) {
        Long changed = redis.script(LuaScript.SESSION_NEVER_EXPIRE, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.personSessions(apiKey, uid), ALL_SESSIONS, KeyLayout.appSessions(apiKey)},
                Long.toString(now.getEpochSecond()), SESSION_PREFIX);
        return Math.toIntExact(changed);
    }

    @Override
    public long liveCount(Instant now) {
        return redis.call(r -> r.zcount(ALL_SESSIONS, LiveRange.after(now)));
    }

    private long reclaimAtMillis(long expires) {
        return expires * 1000 + policy.expiredGrace().toMillis();
    }
}
