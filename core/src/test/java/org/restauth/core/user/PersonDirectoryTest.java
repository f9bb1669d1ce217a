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
}
