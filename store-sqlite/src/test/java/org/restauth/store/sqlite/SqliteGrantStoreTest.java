package org.restauth.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;
import org.restauth.core.grant.Grant;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.grant.GrantStoreContract;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.Profile;
import org.sqlite.SQLiteDataSource;

/**
 * The contract on a real file (its uids and api keys have no person or application row, as people of the users
 * file and configured applications have none), and what only a file does: grants kept across a reopen, and gone
 * with their person or application whoever removes it.
 */
class SqliteGrantStoreTest extends GrantStoreContract {
    private static final PasswordHash HASH = PasswordHash.create("pw".toCharArray(), new SecureRandom(),
            PasswordHash.MIN_STORED_ITERATIONS);

    private final TempDatabase files = new TempDatabase();
    private SqliteStores stores;

    @Override
    protected GrantStore newStore() {
        stores = files.fresh();
        return stores.grantStore();
    }

    @AfterEach
    void deleteFiles() throws IOException {
        files.close();
    }

    private static Person person(long uid) {
        return new Person(uid, "p" + uid + "@example.com", HASH, Profile.EMPTY, false, T0, T0);
    }

    @Test
    void grant_reopened_keepsEveryTime() {
        Path file = stores.file();
        store.grant(8055, APP_A, Set.of("email"), T0);
        store.grant(8055, APP_A, Set.of("offline_access"), T1);
        stores.close();

        GrantStore reopened = files.open(file).grantStore();

        assertEquals(new Grant(8055, APP_A, T0, Map.of("email", T0, "offline_access", T1)),
                reopened.find(8055, APP_A).orElseThrow());
    }

    @Test
    void removePerson_takesTheirGrantsOnlyAndAUidGivenAgainStartsWithNone() {
        stores.personStore().add(person(8055));
        store.grant(8055, APP_A, Set.of("email"), T0);
        store.authorize(8055, APP_B, T0);
        store.authorize(8056, APP_A, T0);

        assertTrue(stores.personStore().remove(8055));
        stores.personStore().add(person(8055));

        assertEquals(List.of(), store.listByPerson(8055));
        assertEquals(1, store.listByPerson(8056).size());
    }

    @Test
    void removeApplication_takesItsGrantsOfEveryone() throws Exception {
        stores.applicationStore().add(Application.desktop(APP_A, Secret.of("s"), "Added"));
        store.grant(8055, APP_A, Set.of("offline_access"), T0);
        store.authorize(8056, APP_A, T0);
        store.authorize(8056, APP_B, T1);

        assertTrue(stores.applicationStore().remove(APP_A));

        assertTrue(store.find(8055, APP_A).isEmpty());
        assertEquals(List.of(new Grant(8056, APP_B, T1, Map.of())), store.listByPerson(8056));
        assertEquals("0", SqliteFiles.single(stores.file(), "SELECT count(*) FROM granted_permission"));
    }

    @Test
    void removePerson_bySqliteShellWithoutForeignKeys_stillLeavesNoGrantRow() throws Exception {
        stores.personStore().add(person(8055));
        store.grant(8055, APP_A, Set.of("email", "offline_access"), T0);

        SqliteFiles.execute(stores.file(), "DELETE FROM person WHERE uid = 8055"); // foreign_keys is off there

        assertEquals("0", SqliteFiles.single(stores.file(), "SELECT count(*) FROM authorized_app"));
        assertEquals("0", SqliteFiles.single(stores.file(), "SELECT count(*) FROM granted_permission"));
    }

    @Test
    void open_fileOfSchemaVersion1_migratedKeepingPeopleAndGrantsWork() throws Exception {
        Path file = files.file("made-by-0.2.0.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl(Database.url(file));
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("1").load().migrate();
        SqliteFiles.execute(file, "INSERT INTO person VALUES (8055, 'p8055@example.com', '" + HASH.encoded()
                + "', '', '', '', '', '', 0, 0, 0)");

        SqliteStores migrated = files.open(file);
        migrated.grantStore().grant(8055, APP_A, Set.of("offline_access"), T0);

        assertEquals("3", SqliteFiles.single(file, "SELECT max(version) FROM flyway_schema_history WHERE success = 1"));
        assertTrue(migrated.personStore().byUid(8055).isPresent());
        assertTrue(migrated.grantStore().find(8055, APP_A).orElseThrow().holds("offline_access"));
    }

    @Test
    void grant_storeClosed_failsAsUnavailable() {
        stores.close();

        assertThrows(SqliteUnavailableException.class, () -> store.grant(8055, APP_A, Set.of("email"), T0));
        assertThrows(SqliteUnavailableException.class, () -> store.find(8055, APP_A));
    }

    @Test
    void authorize_uidOutOfRange_refusedAsArgumentNotAsAFailedWrite() {
        assertThrows(IllegalArgumentException.class, () -> store.authorize(0, APP_A, T0));
        assertThrows(IllegalArgumentException.class, () -> store.authorize(1L << 31, APP_A, T0));
    }
}
