package org.restauth.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link PersonStore} must show. Extend it and implement {@link #newStore()}. */
public abstract class PersonStoreContract {
    private static final PasswordHash HASH = PasswordHash.create("correct horse".toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS);
    private static final Instant CREATED = Instant.ofEpochMilli(1_700_000_000_123L);
    private static final Instant LATER = CREATED.plusSeconds(3600);

    /** A new, empty store. */
    protected abstract PersonStore newStore();

    protected static Person person(long uid, String email) {
        return new Person(uid, email, HASH, Profile.EMPTY, false, CREATED, CREATED);
    }

    @Test
    void add_uidZero_assignsAUidBelow2To31FoundByEmail() {
        PersonStore store = newStore();

        assertEquals(PersonStore.AddResult.ADDED, store.add(person(0, "ann@example.com")));

        long uid = store.byEmail("ann@example.com").orElseThrow().uid();
        assertTrue(uid > 0 && uid <= Integer.MAX_VALUE, "uid " + uid);
        assertEquals("ann@example.com", store.byUid(uid).orElseThrow().email());
    }

    @Test
    void add_twoWithUidZero_getDifferentUids() {
        PersonStore store = newStore();
        store.add(person(0, "ann@example.com"));
        store.add(person(0, "bob@example.com"));

        assertFalse(store.byEmail("ann@example.com").orElseThrow().uid()
                == store.byEmail("bob@example.com").orElseThrow().uid());
    }

    @Test
    void add_givenUid_keepsItAndEveryField() {
        PersonStore store = newStore();
        Profile profile = new Profile("Ann A.", "Ann", "Archer", "en_GB", "https://example.com/ann.png");
        Person ann = new Person(8055, "ann@example.com", HASH, profile, true, CREATED, LATER, CREATED.plusMillis(7));

        assertEquals(PersonStore.AddResult.ADDED, store.add(ann));

        Person stored = store.byUid(8055).orElseThrow();
        assertEquals("ann@example.com", stored.email());
        assertEquals(profile, stored.profile());
        assertTrue(stored.disabled());
        assertEquals(CREATED, stored.created());
        assertEquals(LATER, stored.updated());
        assertEquals(CREATED.plusMillis(7), stored.credentialsChanged());
        assertTrue(stored.passwordHash().matches("correct horse".toCharArray()));
        assertFalse(stored.passwordHash().matches("wrong".toCharArray()));
    }

    @Test
    void add_sameEmailInOtherCaseAndSpaces_isEmailTakenAndChangesNothing() {
        PersonStore store = newStore();
        store.add(person(7, "ann@example.com"));

        assertEquals(PersonStore.AddResult.EMAIL_TAKEN, store.add(person(8, "  Ann@Example.COM ")));

        assertEquals(Optional.empty(), store.byUid(8));
        assertEquals(1, store.list().size());
    }

    @Test
    void add_takenUid_isUidTakenAndChangesNothing() {
        PersonStore store = newStore();
        store.add(person(7, "ann@example.com"));

        assertEquals(PersonStore.AddResult.UID_TAKEN, store.add(person(7, "bob@example.com")));

        assertEquals(Optional.empty(), store.byEmail("bob@example.com"));
        assertEquals("ann@example.com", store.byUid(7).orElseThrow().email());
    }

    @Test
    void byEmail_unnormalizedQuery_findsThePerson() {
        PersonStore store = newStore();
        store.add(person(7, "ann@example.com"));

        assertEquals(7, store.byEmail(" ANN@example.com").orElseThrow().uid());
        assertEquals(Optional.empty(), store.byEmail("bob@example.com"));
        assertEquals(Optional.empty(), store.byUid(8));
    }

    @Test
    void update_changedPerson_keepsCreatedAndEmailAndTakesTheRest() {
        PersonStore store = newStore();
        store.add(person(7, "ann@example.com"));
        PasswordHash newHash = PasswordHash.create("new password".toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS);
        Profile profile = new Profile("Ann", "Ann", "", "fr_FR", "");
        Person changed = new Person(7, "other@example.com", newHash, profile, true, LATER, LATER.plusMillis(1),
                LATER.plusMillis(2));

        assertTrue(store.update(changed));

        Person stored = store.byUid(7).orElseThrow();
        assertEquals("ann@example.com", stored.email());
        assertEquals(CREATED, stored.created());
        assertEquals(LATER.plusMillis(1), stored.updated());
        assertEquals(LATER.plusMillis(2), stored.credentialsChanged());
        assertEquals(profile, stored.profile());
        assertTrue(stored.disabled());
        assertTrue(stored.passwordHash().matches("new password".toCharArray()));
        assertEquals(Optional.empty(), store.byEmail("other@example.com"));
    }

    @Test
    void update_newPasswordThenUpgradedHash_keepsWhenTheCredentialsLastChanged() {
        PersonStore store = newStore();
        store.add(person(7, "ann@example.com"));
        assertEquals(CREATED, store.byUid(7).orElseThrow().credentialsChanged(), "set when added");

        store.update(store.byUid(7).orElseThrow().withPasswordHash(HASH, LATER));
        assertEquals(LATER, store.byUid(7).orElseThrow().credentialsChanged());

        store.update(store.byUid(7).orElseThrow().withUpgradedHash(HASH, LATER.plusSeconds(5)));
        Person stored = store.byUid(7).orElseThrow();
        assertEquals(LATER, stored.credentialsChanged());
        assertEquals(LATER.plusSeconds(5), stored.updated());
    }

    @Test
    void update_unknownUid_isFalseAndAddsNobody() {
        PersonStore store = newStore();

        assertFalse(store.update(person(7, "ann@example.com")));

        assertEquals(List.of(), store.list());
    }

    @Test
    void remove_person_isGoneAndTheirEmailIsFreeAgain() {
        PersonStore store = newStore();
        store.add(person(7, "ann@example.com"));

        assertTrue(store.remove(7));

        assertEquals(Optional.empty(), store.byUid(7));
        assertEquals(Optional.empty(), store.byEmail("ann@example.com"));
        assertFalse(store.remove(7));
        assertEquals(PersonStore.AddResult.ADDED, store.add(person(9, "ann@example.com")));
    }

    @Test
    void list_peopleAddedOutOfOrder_areByUid() {
        PersonStore store = newStore();
        store.add(person(30, "c@example.com"));
        store.add(person(10, "a@example.com"));
        store.add(person(20, "b@example.com"));

        assertEquals(List.of(10L, 20L, 30L), store.list().stream().map(Person::uid).toList());
    }

    @Test
    void add_sixteenThreadsAtOnce_losesNoWriteAndGivesEveryoneTheirOwnUid() throws Exception {
        PersonStore store = newStore();
        int threads = 16;
        int each = 10;
        List<Callable<List<PersonStore.AddResult>>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(() -> {
                List<PersonStore.AddResult> results = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    results.add(store.add(person(0, "p" + thread + "-" + i + "@example.com")));
                }
                return results;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (Future<List<PersonStore.AddResult>> done : pool.invokeAll(work)) {
                assertEquals(List.of(), done.get().stream().filter(r -> r != PersonStore.AddResult.ADDED).toList());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Person> everyone = store.list();
        Set<Long> uids = new HashSet<>(everyone.stream().map(Person::uid).toList());
        assertEquals(threads * each, everyone.size());
        assertEquals(threads * each, uids.size());
    }
}
