package org.restauth.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.StoredSession;
import org.restauth.core.user.Person;

/** The sqlite3 commands of docs/storage.md, run against a file the store has open, as an operator would. */
class SqliteBackupTest {
    private final TempDatabase files = new TempDatabase();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void deleteFiles() throws Exception {
        files.close();
    }

    @Test
    void backup_whileTheStoreIsOpen_holdsEveryCommittedWrite() throws Exception {
        Path file = files.file("restauth.db");
        SqliteStores live = files.open(file);
        live.personStore().add(SqliteStoresTest.person("ann@example.com"));
        live.applicationStore().add(Application.desktop("added-app", Secret.of("app-secret"), "Added"));
        live.sessionStore(SessionPolicy.DEFAULT).create("session-key",
                new StoredSession("added-app", 1001, 0, Optional.of(Secret.of("s3cret"))), now);
        Path backup = files.file("backup.db");

        sqlite3(file.toString(), ".backup " + backup);

        assertEquals("ok", SqliteFiles.integrityCheck(backup));
        SqliteStores restored = files.open(backup);
        assertEquals(1001, restored.personStore().byEmail("ann@example.com").orElseThrow().uid());
        assertEquals("app-secret", restored.applicationStore().find("added-app").orElseThrow().secret().reveal());
        assertInstanceOf(SessionLookup.Live.class,
                restored.sessionStore(SessionPolicy.DEFAULT).find("session-key", now));
    }

    @Test
    void export_usersFileQueryOfTheDocs_printsEnabledPeopleWithTheirHashes() throws Exception {
        Path file = files.file("restauth.db");
        SqliteStores live = files.open(file);
        live.personStore().add(SqliteStoresTest.person("ann@example.com"));
        live.personStore().add(SqliteStoresTest.person("bob@example.com"));
        Person bob = live.personStore().byEmail("bob@example.com").orElseThrow();
        live.personStore().update(bob.withDisabled(true, now));
        String hash = live.personStore().byUid(1001).orElseThrow().passwordHash().encoded();

        String json = sqlite3(file.toString(), "SELECT json_object('users', json_group_array(json_object("
                + " 'email', email, 'uid', uid, 'password', password_hash))) FROM person WHERE disabled = 0");

        assertEquals("{\"users\":[{\"email\":\"ann@example.com\",\"uid\":1001,\"password\":\"" + hash + "\"}]}\n",
                json);
    }

    private static String sqlite3(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sqlite3"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("sqlite3 failed (is it installed? apt-get install sqlite3): " + output);
        }
        return output;
    }
}
