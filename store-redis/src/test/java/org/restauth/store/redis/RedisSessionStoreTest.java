package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Digests;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.SessionStoreContract;
import org.restauth.core.session.StoredSession;

class RedisSessionStoreTest extends SessionStoreContract {
    private static final Duration GRACE = Duration.ofHours(1);
    private final RedisServer server = SharedRedis.server();

    @Override
    protected SessionStore newStore(SessionPolicy policy) {
        return SharedRedis.flushed().sessionStore(policy);
    }

    @Test
    void create_expiringSession_keyExpiresAtEndOfGraceAndHoldsTheSecret() {
        SessionStore store = newStore(new SessionPolicy(Duration.ofHours(24), GRACE, 10, 10));
        String sessionKey = newSessionKey(7);
        long expires = now.plusSeconds(600).getEpochSecond();
        store.create(sessionKey, new StoredSession(appA, 7, expires, Optional.of(Secret.of("s3cret"))), now);

        String key = "restauth:{restauth}:s:" + Digests.sha256Hex(sessionKey);
        assertEquals("s3cret", server.inspect().hget(key, "secret"));
        long ttl = server.inspect().pttl(key);
        long expected = Duration.ofSeconds(600).plus(GRACE).toMillis();
        assertTrue(ttl > expected - 10_000 && ttl <= expected, "TTL " + ttl);
        for (String name : server.inspect().keys("*")) {
            assertTrue(!name.contains(sessionKey), "a key name holds the session key: " + name);
        }
    }

    @Test
    void create_neverExpiringSession_keyAndIndexesHaveNoTtl() {
        SessionStore store = newStore(new SessionPolicy(Duration.ZERO, GRACE, 10, 10));
        String sessionKey = newSessionKey(7);
        store.create(sessionKey, new StoredSession(appA, 7, 0, Optional.empty()), now);

        for (String name : server.inspect().keys("*")) {
            assertEquals(-1, server.inspect().pttl(name), name);
        }
    }
}
