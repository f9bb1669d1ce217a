package org.restauth.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FixedAndStoredPeopleTest {
    private static final Instant LOADED = Instant.parse("2026-01-01T00:00:00Z");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordHash FILE_HASH = PasswordHash.create("file pw".toCharArray(), RANDOM,
            PasswordHash.MIN_STORED_ITERATIONS);
    private static final User FILE_ALICE = new User("alice@example.com", 8055, FILE_HASH);

    private final InMemoryPersonStore store = new InMemoryPersonStore();
    private final FixedAndStoredPeople people = new FixedAndStoredPeople(List.of(FILE_ALICE), LOADED, store);

    private void stored(long uid, String email) {
        PasswordHash hash = PasswordHash.create("stored pw".toCharArray(), RANDOM, PasswordHash.MIN_STORED_ITERATIONS);
        store.add(new Person(uid, email, hash, new Profile("Stored " + uid, "", "", "en_US", ""), false, LOADED,
                LOADED));
    }

    @Test
    void byUidAndEmail_filePerson_servedWithEmptyProfile() {
        Person alice = people.byUid(8055).orElseThrow();

        assertEquals("alice@example.com", alice.email());
        assertEquals(Profile.EMPTY, alice.profile());
        assertFalse(alice.disabled());
        assertEquals(Optional.of(alice), people.byEmail(" Alice@Example.com"));
        assertFalse(people.isWritable(8055));
    }

    @Test
    void reads_storedPerson_servedAsStored() {
        stored(1001, "bob@example.com");

        assertEquals("Stored 1001", people.byUid(1001).orElseThrow().profile().name());
        assertTrue(people.byEmail("bob@example.com").isPresent());
        assertEquals(List.of(1001L, 8055L), people.list().stream().map(Person::uid).toList());
        assertTrue(people.isWritable(1001));
    }

    @Test
    void reads_sameUidOtherEmailInStore_neitherServed() {
        stored(8055, "mallory@example.com");

        assertTrue(people.byUid(8055).isEmpty());
        assertTrue(people.byEmail("alice@example.com").isEmpty());
        assertTrue(people.byEmail("mallory@example.com").isEmpty());
        assertEquals(List.of(), people.list());
        assertEquals(1, people.overlap().clashes().size());
        assertEquals("mallory@example.com", people.overlap().clashes().get(0).stored().email());
    }

    @Test
    void reads_sameEmailOtherUidInStore_neitherServed() {
        stored(1001, "alice@example.com");

        assertTrue(people.byUid(8055).isEmpty());
        assertTrue(people.byUid(1001).isEmpty());
        assertTrue(people.byEmail("alice@example.com").isEmpty());
        assertEquals(1001, people.overlap().clashes().get(0).stored().uid());
    }

    @Test
    void reads_importedCopy_servedFromTheStoreAndNotAClash() {
        stored(8055, "alice@example.com");

        assertEquals("Stored 8055", people.byUid(8055).orElseThrow().profile().name());
        assertEquals("Stored 8055", people.byEmail("alice@example.com").orElseThrow().profile().name());
        assertEquals(1, people.list().size());
        assertEquals(List.of(), people.overlap().clashes());
        assertEquals(List.of(8055L), people.overlap().imported().stream().map(Person::uid).toList());
        assertTrue(people.isWritable(8055));
    }

    @Test
    void writes_filePerson_neverChangedAndItsUidAndEmailNotGivenAway() {
        Person alice = people.byUid(8055).orElseThrow();

        assertFalse(people.update(alice.withDisabled(true, LOADED)));
        assertFalse(people.remove(8055));
        assertEquals(PersonStore.AddResult.UID_TAKEN, people.add(new Person(8055, "eve@example.com", FILE_HASH,
                Profile.EMPTY, false, LOADED, LOADED)));
        assertEquals(PersonStore.AddResult.EMAIL_TAKEN, people.add(new Person(0, "ALICE@example.com", FILE_HASH,
                Profile.EMPTY, false, LOADED, LOADED)));
        assertFalse(people.byUid(8055).orElseThrow().disabled());
        assertEquals(List.of(), store.list());
    }

    /** No hash is made for a file person (a login would otherwise cost a second, stronger hash for nothing). */
    @Test
    void personDirectory_filePersonWithCheapHash_logsInAndNoWriteIsEvenTried() {
        AtomicInteger updates = new AtomicInteger();
        PersonStore counting = new PersonStore() {
            @Override
            public AddResult add(Person person) {
                return store.add(person);
            }

            @Override
            public Optional<Person> byUid(long uid) {
                return store.byUid(uid);
            }

            @Override
            public Optional<Person> byEmail(String email) {
                return store.byEmail(email);
            }

            @Override
            public boolean update(Person person) {
                updates.incrementAndGet();
                return store.update(person);
            }

            @Override
            public boolean remove(long uid) {
                return store.remove(uid);
            }

            @Override
            public List<Person> list() {
                return store.list();
            }
        };
        FixedAndStoredPeople served = new FixedAndStoredPeople(List.of(FILE_ALICE), LOADED, counting);
        PersonDirectory directory = new PersonDirectory(served, Clock.fixed(LOADED, ZoneOffset.UTC), RANDOM);

        assertEquals(OptionalLong.of(8055), directory.authenticate("alice@example.com", "file pw".toCharArray()));
        assertTrue(directory.mayHoldSession(8055, LOADED));
        assertEquals(FILE_HASH, served.byUid(8055).orElseThrow().passwordHash());
        assertEquals(0, updates.get());
    }

    /** A node restarted on a shared store reads the file again: a token approved before that stays good. */
    @Test
    void mayHoldSession_fileReadAgainAtARestart_tokenApprovedBeforeStaysGood() {
        Instant approved = LOADED.minusSeconds(30);
        FixedAndStoredPeople restarted = new FixedAndStoredPeople(List.of(FILE_ALICE), LOADED, new InMemoryPersonStore());
        PersonDirectory directory = new PersonDirectory(restarted, Clock.fixed(LOADED, ZoneOffset.UTC), RANDOM);

        assertTrue(directory.mayHoldSession(8055, approved));
    }
}
