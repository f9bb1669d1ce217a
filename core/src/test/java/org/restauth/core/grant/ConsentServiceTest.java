package org.restauth.core.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.StoredSession;

class ConsentServiceTest {
    private static final Instant NOW = Instant.parse("2010-01-01T00:00:00Z");
    private static final String APP = "0123456789abcdef0123456789abcdef";

    private final InMemoryGrantStore grants = new InMemoryGrantStore();
    private final InMemorySessionStore sessions = new InMemorySessionStore(SessionPolicy.DEFAULT);
    private final ConsentService consent = new ConsentService(grants, sessions, Clock.fixed(NOW, ZoneOffset.UTC));

    private String liveSession() {
        String key = "5f34e11bfb97c762e439e6a5-8055";
        sessions.create(key, new StoredSession(APP, 8055, NOW.plusSeconds(3600).getEpochSecond(), Optional.empty()), NOW);
        return key;
    }

    @Test
    void pending_unknownAndHeldNamesLeftOut() {
        grants.grant(8055, APP, java.util.Set.of("email"), NOW);

        assertEquals(List.of("offline_access", "publish_stream"),
                consent.pending(8055, APP, List.of("email", "bogus", "offline_access", "publish_stream", "email")));
        assertFalse(consent.needsAuthorization(8055, APP));
        assertTrue(consent.needsAuthorization(8056, APP));
    }

    @Test
    void allow_offlineAccess_liveSessionNeverExpires() {
        String key = liveSession();

        Grant grant = consent.allow(8055, APP, List.of("offline_access", "bogus"));

        assertEquals(java.util.Set.of("offline_access"), grant.permissions().keySet());
        StoredSession session = assertInstanceOf(SessionLookup.Live.class,
                sessions.find(key, NOW.plus(Duration.ofDays(3650)))).session();
        assertEquals(0, session.expires());
    }

    @Test
    void removePermissionOrApplication_endsTheSessions() {
        String key = liveSession();
        consent.allow(8055, APP, List.of("email"));

        assertTrue(consent.removePermission(8055, APP, "email"));
        assertInstanceOf(SessionLookup.Unknown.class, sessions.find(key, NOW));
        assertTrue(grants.find(8055, APP).isPresent());

        String again = liveSession();
        assertTrue(consent.removeApplication(8055, APP));
        assertInstanceOf(SessionLookup.Unknown.class, sessions.find(again, NOW));
        assertTrue(grants.find(8055, APP).isEmpty());
        assertFalse(consent.removeApplication(8055, APP));
    }
}
