package org.restauth.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemorySessionStoreTest extends SessionStoreContract {

    @Override
    protected SessionStore newStore(SessionPolicy policy) {
        return new InMemorySessionStore(policy);
    }

    @Test
    void liveCount_pastExpiryAndGrace_dropsToZeroAndFreesTheCap() {
        SessionStore store = newStore(new SessionPolicy(Duration.ofHours(24), Duration.ofHours(1), 2, 2));
        long expires = now.plus(Duration.ofHours(24)).getEpochSecond();
        assertTrue(store.create(newSessionKey(7), new StoredSession(appA, 7, expires, Optional.empty()), now));
        assertTrue(store.create(newSessionKey(8), new StoredSession(appA, 8, expires, Optional.empty()), now));
        Instant pastGrace = Instant.ofEpochSecond(expires).plus(Duration.ofHours(1));

        assertEquals(2, store.liveCount(pastGrace.minusMillis(1)));
        assertEquals(0, store.liveCount(pastGrace));
        assertTrue(store.create(newSessionKey(9), new StoredSession(appA, 9, 0, Optional.empty()), pastGrace));
    }
}
