package org.restauth.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PersonDirectoryTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD = "correct horse";

    private final InMemoryPersonStore store = new InMemoryPersonStore();
    private final PersonDirectory directory = new PersonDirectory(store, Clock.fixed(NOW, ZoneOffset.UTC), RANDOM);

    private Person add(String email, int iterations, boolean disabled) {
        PasswordHash hash = PasswordHash.create(PASSWORD.toCharArray(), RANDOM, iterations);
        store.add(new Person(0, email, hash, Profile.EMPTY, disabled, CREATED, CREATED));
        return store.byEmail(email).orElseThrow();
    }

    @Test
    void authenticate_oldHashRightPassword_logsInAndStoresHashAtDefaultCost() {
        Person alice = add("alice@example.com", 210_000, false);

        OptionalLong uid = directory.authenticate("Alice@Example.com ", PASSWORD.toCharArray());

        assertEquals(OptionalLong.of(alice.uid()), uid);
        Person stored = store.byUid(alice.uid()).orElseThrow();
        assertEquals(PasswordHash.DEFAULT_ITERATIONS, stored.passwordHash().iterations());
        assertEquals(NOW, stored.updated());
        assertTrue(stored.passwordHash().matches(PASSWORD.toCharArray()));
        assertEquals(OptionalLong.of(alice.uid()), directory.authenticate("alice@example.com", PASSWORD.toCharArray()));
        assertEquals(stored.passwordHash(), store.byUid(alice.uid()).orElseThrow().passwordHash(), "upgraded once");
    }

    @Test
    void authenticate_oldHashWrongPassword_failsAndKeepsTheHash() {
        Person alice = add("alice@example.com", 210_000, false);

        assertTrue(directory.authenticate("alice@example.com", "wrong".toCharArray()).isEmpty());

        Person stored = store.byUid(alice.uid()).orElseThrow();
        assertEquals(alice.passwordHash(), stored.passwordHash());
        assertEquals(CREATED, stored.updated());
    }

    @Test
    void authenticate_unknownEmail_isEmpty() {
        add("alice@example.com", 1000, false);

        assertTrue(directory.authenticate("bob@example.com", PASSWORD.toCharArray()).isEmpty());
        assertTrue(directory.authenticate(null, PASSWORD.toCharArray()).isEmpty());
    }

    @Test
    void authenticate_disabledPersonRightPassword_isEmptyAndNotUpgraded() {
        Person carol = add("carol@example.com", 210_000, true);

        assertTrue(directory.authenticate("carol@example.com", PASSWORD.toCharArray()).isEmpty());
        assertEquals(carol.passwordHash(), store.byUid(carol.uid()).orElseThrow().passwordHash());
    }

    @Test
    void authenticate_hashAtDefaultCost_isNotRewritten() {
        Person dave = add("dave@example.com", PasswordHash.DEFAULT_ITERATIONS, false);

        assertEquals(OptionalLong.of(dave.uid()), directory.authenticate("dave@example.com", PASSWORD.toCharArray()));
        assertEquals(CREATED, store.byUid(dave.uid()).orElseThrow().updated());
        assertFalse(dave.passwordHash().needsUpgrade());
    }

    @Test
    void mayHoldSession_tokenApprovedBeforeANewPassword_isFalseAtOrAfterIt_isTrue() {
        Person erin = add("erin@example.com", 100_000, false);
        Instant changed = NOW.plusSeconds(60);
        store.update(erin.withPasswordHash(PasswordHash.create("new one".toCharArray(), RANDOM, 100_000), changed));

        assertFalse(directory.mayHoldSession(erin.uid(), changed.minusMillis(1)));
        assertTrue(directory.mayHoldSession(erin.uid(), changed));
        assertTrue(directory.mayHoldSession(erin.uid(), changed.plusSeconds(1)));
    }

    /** A token keeps its approval time to the millisecond; a clock that gives microseconds must not void it. */
    @Test
    void mayHoldSession_approvedInTheSameMillisecondAsAChangeWithMicroseconds_isTrue() {
        Person ivy = add("ivy@example.com", 100_000, false);
        Instant changed = NOW.plusSeconds(60).plusNanos(123_456);
        store.update(ivy.withPasswordHash(PasswordHash.create("new one".toCharArray(), RANDOM, 100_000), changed));

        Instant approvedAsStored = Instant.ofEpochMilli(changed.toEpochMilli());
        assertTrue(directory.mayHoldSession(ivy.uid(), approvedAsStored));
        assertFalse(directory.mayHoldSession(ivy.uid(), approvedAsStored.minusMillis(1)));
    }

    @Test
    void mayHoldSession_disabledThenEnabledAgain_voidsOnlyTokensApprovedBeforeTheDisable() {
        Person fay = add("fay@example.com", 100_000, false);
        Instant disabledAt = NOW.plusSeconds(60);
        store.update(fay.withDisabled(true, disabledAt));

        assertFalse(directory.mayHoldSession(fay.uid(), disabledAt.plusSeconds(1)), "disabled");

        store.update(store.byUid(fay.uid()).orElseThrow().withDisabled(false, disabledAt.plusSeconds(10)));
        assertFalse(directory.mayHoldSession(fay.uid(), disabledAt.minusMillis(1)), "approved before the disable");
        assertTrue(directory.mayHoldSession(fay.uid(), disabledAt.plusSeconds(20)));
    }

    @Test
    void mayHoldSession_removedOrUnknown_isFalse() {
        Person gus = add("gus@example.com", 100_000, false);
        assertTrue(directory.mayHoldSession(gus.uid(), NOW));

        store.remove(gus.uid());

        assertFalse(directory.mayHoldSession(gus.uid(), NOW));
        assertFalse(directory.mayHoldSession(424242, NOW));
    }

    @Test
    void mayHoldSession_profileChanged_keepsTokensGood() {
        Person hal = add("hal@example.com", 100_000, false);
        store.update(hal.withProfile(new Profile("Hal", "Hal", "", "en_GB", ""), NOW.plusSeconds(60)));

        assertTrue(directory.mayHoldSession(hal.uid(), NOW));
    }

    @Test
    void authenticate_upgradesAnOldHash_isNoCredentialChange() {
        Person ida = add("ida@example.com", 210_000, false);

        assertTrue(directory.authenticate("ida@example.com", PASSWORD.toCharArray()).isPresent());

        Person stored = store.byUid(ida.uid()).orElseThrow();
        assertEquals(PasswordHash.DEFAULT_ITERATIONS, stored.passwordHash().iterations(), "upgraded");
        assertEquals(CREATED, stored.credentialsChanged());
        assertTrue(directory.mayHoldSession(ida.uid(), CREATED.plusSeconds(1)), "a token approved before the upgrade");
    }
}
