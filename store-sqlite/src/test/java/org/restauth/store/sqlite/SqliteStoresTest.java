package org.restauth.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.StoredSession;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;

class SqliteStoresTest {
    private static final SessionPolicy POLICY = SessionPolicy.DEFAULT;
    private final TempDatabase files = new TempDatabase();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void deleteFiles() throws Exception {
        files.close();
    }

    static Person person(String email) {
        PasswordHash hash = PasswordHash.create("pw".toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS);
        return new Person(0, email, hash, Profile.EMPTY, false, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void open_afterClose_sessionsPeopleAndApplicationsAreStillThere() throws Exception {
        Path file = files.file("data/restauth.db");
        SqliteStores first = SqliteStores.open(file, Clock.systemUTC());
        SessionStore sessions = first.sessionStore(POLICY);
        long expires = now.plus(Duration.ofHours(24)).getEpochSecond();
        sessions.create("expiring-key", new StoredSession("app", 7, expires, Optional.empty()), now);
        sessions.create("never-key", new StoredSession("app", 8, 0, Optional.of(Secret.of("s3cret"))), now);
        sessions.secretOrSet("expiring-key", Secret.of("promoted"), now);
        first.personStore().add(person("ann@example.com"));
        first.applicationStore().add(Application.desktop("added-app", Secret.of("app-secret"), "Added"));
        first.close();

        SqliteStores again = files.open(file);

        SessionStore reopened = again.sessionStore(POLICY);
        SessionLookup.Live live = assertInstanceOf(SessionLookup.Live.class, reopened.find("expiring-key", now));
        assertEquals("promoted", live.session().secret().orElseThrow().reveal());
        SessionLookup.Live never = assertInstanceOf(SessionLookup.Live.class,
                reopened.find("never-key", now.plus(Duration.ofDays(3650))));
        assertEquals("s3cret", never.session().secret().orElseThrow().reveal());
        assertEquals(2, reopened.liveCount(now));
        assertTrue(again.personStore().byEmail("ann@example.com").isPresent());
        assertEquals("app-secret", again.applicationStore().find("added-app").orElseThrow().secret().reveal());
        assertEquals("ok", SqliteFiles.integrityCheck(file));
    }

    @Test
    void open_fileNotThere_createsItAndItsDirectoryOwnerOnly() throws Exception {
        Path file = files.file("fresh/dir/restauth.db");

        files.open(file).personStore().add(person("ann@example.com"));

        assertEquals("rwx------", SqliteFiles.mode(file.getParent()));
        assertEquals("rw-------", SqliteFiles.mode(file));
        assertEquals("rw-------", SqliteFiles.mode(Path.of(file + "-wal")));
        assertEquals("rw-------", SqliteFiles.mode(Path.of(file + "-shm")));
    }

    @Test
    void open_existingFileWithItsOwnMode_writesKeepTheMode() throws Exception {
        Path file = files.file("shared.db");
        Files.createFile(file);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));

        files.open(file).personStore().add(person("ann@example.com"));

        assertEquals("rw-r-----", SqliteFiles.mode(file));
        assertEquals("rw-r-----", SqliteFiles.mode(Path.of(file + "-wal")));
    }

    @Test
    void open_schema_isWalModeAtTheNewestFlywayVersion() throws Exception {
        Path file = files.file("restauth.db");
        files.open(file);

        assertEquals("wal", SqliteFiles.single(file, "PRAGMA journal_mode"));
        assertEquals("3", SqliteFiles.single(file,
                "SELECT max(version) FROM flyway_schema_history WHERE success = 1"));
    }

    @Test
    void open_twiceOnOneFile_secondSeesTheFirstsWritesAtOnce() {
        Path file = files.file("restauth.db");
        PersonStore server = files.open(file).personStore();
        PersonStore cli = files.open(file).personStore();

        cli.add(person("ann@example.com"));

        assertTrue(server.byEmail("ann@example.com").isPresent());
    }

    @Test
    void calls_afterClose_failAsUnavailableRatherThanWait() {
        SqliteStores stores = files.open(files.file("restauth.db"));
        PersonStore people = stores.personStore();
        stores.close();

        assertThrows(SqliteUnavailableException.class, () -> people.byUid(7));
        assertThrows(SqliteUnavailableException.class, () -> people.add(person("ann@example.com")));
    }
}
