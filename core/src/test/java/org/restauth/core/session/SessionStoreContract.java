package org.restauth.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.crypto.Secret;

/**
 * The behaviour every {@link SessionStore} must show. Extend it and implement {@link #newStore(SessionPolicy)}.
 *
 * <p>Every expiry is decided by the {@code now} argument, never by the wall clock or a store's own TTL:
 * the instants used sit near the real current time and move forward only through {@code now}.
 */
public abstract class SessionStoreContract {
    private static final RandomValues RANDOM = RandomValues.secure();
    private static final Duration GRACE = Duration.ofHours(1);
    private static final SessionPolicy ROOMY = new SessionPolicy(Duration.ofHours(24), GRACE, 1000, 1000);

    /** Base instant of the test: the real time, captured once, in whole seconds (session expiry is in seconds). */
    protected Instant now;
    protected String appA;
    protected String appB;

    /** A new, empty store enforcing the policy's caps and grace. */
    protected abstract SessionStore newStore(SessionPolicy policy);

    @BeforeEach
    void captureBase() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        appA = "app-a-" + RANDOM.hex(8);
        appB = "app-b-" + RANDOM.hex(8);
    }

    protected static String newSessionKey(long uid) {
        return RANDOM.hex(12) + "-" + uid;
    }

    private Instant expiry() {
        return now.plus(Duration.ofHours(24));
    }

    private StoredSession session(String apiKey, long uid) {
        return new StoredSession(apiKey, uid, expiry().getEpochSecond(), Optional.empty());
    }

    private String created(SessionStore store, StoredSession session) {
        String key = newSessionKey(session.uid());
        assertTrue(store.create(key, session, now));
        return key;
    }

    @Test
    void find_createdSession_isLiveWithWhatWasStored() {
        SessionStore store = newStore(ROOMY);
        StoredSession stored = new StoredSession(appA, 8055, expiry().getEpochSecond(),
                Optional.of(Secret.of("0123456789abcdef0123456789abcdef")));
        String key = created(store, stored);

        SessionLookup.Live live = assertInstanceOf(SessionLookup.Live.class, store.find(key, now.plusSeconds(1)));
        assertEquals(appA, live.session().apiKey());
        assertEquals(8055, live.session().uid());
        assertEquals(expiry().getEpochSecond(), live.session().expires());
        assertEquals("0123456789abcdef0123456789abcdef", live.session().secret().orElseThrow().reveal());
    }

    @Test
    void find_createdWithoutSecret_hasNoSecret() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        SessionLookup.Live live = assertInstanceOf(SessionLookup.Live.class, store.find(key, now));
        assertEquals(Optional.empty(), live.session().secret());
    }

    @Test
    void find_oneMillisecondBeforeExpires_isLive() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertInstanceOf(SessionLookup.Live.class, store.find(key, expiry().minusMillis(1)));
    }

    @Test
    void find_atExpires_isExpiredForItsApplication() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertEquals(new SessionLookup.Expired(appA), store.find(key, expiry()));
    }

    @Test
    void find_justWithinGrace_isExpired() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertEquals(new SessionLookup.Expired(appA), store.find(key, expiry().plus(GRACE).minusSeconds(1)));
    }

    @Test
    void find_pastGrace_isUnknown() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertInstanceOf(SessionLookup.Unknown.class, store.find(key, expiry().plus(GRACE).plusSeconds(1)));
    }

    @Test
    void find_unknownKey_isUnknown() {
        SessionStore store = newStore(ROOMY);
        created(store, session(appA, 7));

        assertInstanceOf(SessionLookup.Unknown.class, store.find(newSessionKey(7), now));
    }

    @Test
    void remove_liveSession_endsItOnce() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertTrue(store.remove(key));
        assertInstanceOf(SessionLookup.Unknown.class, store.find(key, now));
        assertFalse(store.remove(key));
    }

    @Test
    void remove_unknownKey_isFalse() {
        SessionStore store = newStore(ROOMY);

        assertFalse(store.remove(newSessionKey(7)));
    }

    @Test
    void secretOrSet_sessionWithoutSecret_setsCandidateOnceAndKeepsIt() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertEquals("first-secret", store.secretOrSet(key, Secret.of("first-secret"), now).orElseThrow().reveal());
        assertEquals("first-secret", store.secretOrSet(key, Secret.of("second-secret"), now).orElseThrow().reveal());
        SessionLookup.Live live = assertInstanceOf(SessionLookup.Live.class, store.find(key, now));
        assertEquals("first-secret", live.session().secret().orElseThrow().reveal());
    }

    @Test
    void secretOrSet_sessionWithSecret_returnsExistingSecret() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7).withSecret(Secret.of("existing")));

        assertEquals("existing", store.secretOrSet(key, Secret.of("candidate"), now).orElseThrow().reveal());
    }

    @Test
    void secretOrSet_unknownSession_isEmpty() {
        SessionStore store = newStore(ROOMY);

        assertEquals(Optional.empty(), store.secretOrSet(newSessionKey(7), Secret.of("candidate"), now));
    }

    @Test
    void secretOrSet_expiredSession_isEmptyAndSetsNothing() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertEquals(Optional.empty(), store.secretOrSet(key, Secret.of("candidate"), expiry()));
        SessionLookup.Live live = assertInstanceOf(SessionLookup.Live.class, store.find(key, now));
        assertEquals(Optional.empty(), live.session().secret());
    }

    @Test
    void removeAll_personWithApplication_endsOnlyThoseSessionsAndCountsThem() {
        SessionStore store = newStore(ROOMY);
        String first = created(store, session(appA, 7));
        String second = created(store, session(appA, 7));
        String otherPerson = created(store, session(appA, 8));
        String otherApp = created(store, session(appB, 7));

        assertEquals(2, store.removeAll(appA, 7, now));

        assertInstanceOf(SessionLookup.Unknown.class, store.find(first, now));
        assertInstanceOf(SessionLookup.Unknown.class, store.find(second, now));
        assertInstanceOf(SessionLookup.Live.class, store.find(otherPerson, now));
        assertInstanceOf(SessionLookup.Live.class, store.find(otherApp, now));
    }

    @Test
    void neverExpire_personWithApplication_liveSessionsOutliveTheirExpiryOthersDoNot() {
        SessionStore store = newStore(ROOMY);
        String first = created(store, session(appA, 7));
        String otherPerson = created(store, session(appA, 8));
        String otherApp = created(store, session(appB, 7));

        assertEquals(1, store.neverExpire(appA, 7, now));

        Instant muchLater = expiry().plus(Duration.ofDays(400));
        SessionLookup.Live live = assertInstanceOf(SessionLookup.Live.class, store.find(first, muchLater));
        assertEquals(0, live.session().expires());
        assertInstanceOf(SessionLookup.Unknown.class, store.find(otherPerson, muchLater));
        assertInstanceOf(SessionLookup.Unknown.class, store.find(otherApp, muchLater));
        assertEquals(1, store.removeAll(appA, 7, muchLater));
        assertInstanceOf(SessionLookup.Unknown.class, store.find(first, muchLater));
    }

    @Test
    void neverExpire_sessionAlreadyExpired_staysExpired() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertEquals(0, store.neverExpire(appA, 7, expiry()));

        assertInstanceOf(SessionLookup.Expired.class, store.find(key, expiry()));
    }

    @Test
    void removeAll_noSessions_isZero() {
        SessionStore store = newStore(ROOMY);
        created(store, session(appB, 7));

        assertEquals(0, store.removeAll(appA, 7, now));
    }

    @Test
    void removeAll_afterRemove_countsOnlyWhatWasLeft() {
        SessionStore store = newStore(ROOMY);
        String first = created(store, session(appA, 7));
        created(store, session(appA, 7));
        store.remove(first);

        assertEquals(1, store.removeAll(appA, 7, now));
        assertEquals(0, store.removeAll(appA, 7, now));
    }

    @Test
    void removeAllOf_person_endsTheirSessionsWithEveryApplicationAndCountsThem() {
        SessionStore store = newStore(ROOMY);
        String withA = created(store, session(appA, 7));
        String withB = created(store, session(appB, 7));
        String otherPerson = created(store, session(appA, 8));

        assertEquals(2, store.removeAllOf(7));

        assertInstanceOf(SessionLookup.Unknown.class, store.find(withA, now));
        assertInstanceOf(SessionLookup.Unknown.class, store.find(withB, now));
        assertInstanceOf(SessionLookup.Live.class, store.find(otherPerson, now));
        assertEquals(1, store.liveCount(now));
        assertEquals(0, store.removeAllOf(7));
    }

    @Test
    void removeAllOf_expiredSessionInGrace_isEndedToo() {
        SessionStore store = newStore(ROOMY);
        String key = created(store, session(appA, 7));

        assertEquals(1, store.removeAllOf(7));

        assertInstanceOf(SessionLookup.Unknown.class, store.find(key, expiry()));
    }

    @Test
    void removeAllOf_thenCreate_newSessionIsLiveAndCounted() {
        SessionStore store = newStore(new SessionPolicy(Duration.ofHours(24), GRACE, 1, 1));
        String old = created(store, session(appA, 7));
        store.removeAllOf(7);

        String fresh = created(store, session(appA, 7));

        assertInstanceOf(SessionLookup.Unknown.class, store.find(old, now));
        assertInstanceOf(SessionLookup.Live.class, store.find(fresh, now));
        assertEquals(1, store.removeAllOf(7));
    }

    @Test
    void removeAll_thenRemoveAllOf_countsOnlyWhatWasLeft() {
        SessionStore store = newStore(ROOMY);
        created(store, session(appA, 7));
        created(store, session(appB, 7));

        assertEquals(1, store.removeAll(appA, 7, now));
        assertEquals(1, store.removeAllOf(7));
    }

    @Test
    void create_overallCapReached_refusesAndKeepsLiveSessions() {
        SessionStore store = newStore(new SessionPolicy(Duration.ofHours(24), GRACE, 2, 10));
        String first = created(store, session(appA, 7));
        String second = created(store, session(appB, 8));

        assertFalse(store.create(newSessionKey(9), session(appA, 9), now));
        assertInstanceOf(SessionLookup.Live.class, store.find(first, now));
        assertInstanceOf(SessionLookup.Live.class, store.find(second, now));
    }

    @Test
    void create_perApplicationCapReached_refusesThatApplicationOnly() {
        SessionStore store = newStore(new SessionPolicy(Duration.ofHours(24), GRACE, 10, 1));
        String first = created(store, session(appA, 7));

        assertFalse(store.create(newSessionKey(8), session(appA, 8), now));
        assertTrue(store.create(newSessionKey(8), session(appB, 8), now));
        assertInstanceOf(SessionLookup.Live.class, store.find(first, now));
    }

    @Test
    void create_afterRemoveFreedRoom_succeeds() {
        SessionStore store = newStore(new SessionPolicy(Duration.ofHours(24), GRACE, 1, 1));
        String first = created(store, session(appA, 7));
        store.remove(first);

        assertTrue(store.create(newSessionKey(8), session(appA, 8), now));
    }

    @Test
    void find_neverExpiringSession_isLiveFarInTheFuture() {
        SessionStore store = newStore(new SessionPolicy(Duration.ZERO, GRACE, 1000, 1000));
        String key = created(store, new StoredSession(appA, 7, 0, Optional.empty()));

        SessionLookup.Live live = assertInstanceOf(SessionLookup.Live.class,
                store.find(key, now.plus(Duration.ofDays(3650))));
        assertEquals(0, live.session().expires());
        assertEquals("late", store.secretOrSet(key, Secret.of("late"), now.plus(Duration.ofDays(3650)))
                .orElseThrow().reveal());
    }

    @Test
    void liveCount_afterCreatesAndRemove_countsHeldSessions() {
        SessionStore store = newStore(ROOMY);
        assertEquals(0, store.liveCount(now));
        String first = created(store, session(appA, 7));
        created(store, session(appB, 7));
        assertEquals(2, store.liveCount(now));

        store.remove(first);

        assertEquals(1, store.liveCount(now));
    }
}
