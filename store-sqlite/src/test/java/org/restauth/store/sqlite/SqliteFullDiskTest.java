package org.restauth.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;

/** A full disk and a read-only mount, on a real tmpfs of a few hundred kilobytes. */
class SqliteFullDiskTest {
    private static final String NO_MOUNT = "cannot mount a tmpfs here (needs root with mount rights)";

    @Test
    void add_diskFills_failsAsUnavailableKeepsNothingHalfWrittenAndWorksOnceThereIsRoom() throws Exception {
        TinyMount mount = TinyMount.tryMount("512k");
        assumeTrue(mount != null, NO_MOUNT);
        try (mount) {
            Path file = mount.dir().resolve("restauth.db");
            Path filler = Files.write(mount.dir().resolve("filler"), new byte[64 * 1024]);
            int added = 0;
            SqliteUnavailableException failure;
            try (SqliteStores stores = SqliteStores.open(file, Clock.systemUTC())) {
                PersonStore people = stores.personStore();
                failure = assertThrows(SqliteUnavailableException.class, () -> {
                    for (int i = 0; i < 1000; i++) {
                        people.add(bulky(i));
                    }
                });
                added = people.list().size();
                assertTrue(added > 0 && added < 1000, "added " + added);
                assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
                assertTrue(failure.getMessage().contains("SQLITE_FULL"), failure.getMessage());
                assertTrue(people.byEmail("p" + added + "@example.com").isEmpty(), "the failed add left a row");
                Files.delete(filler);
                assertEquals(PersonStore.AddResult.ADDED, people.add(bulky(added)));
                added++;
            }
            try (SqliteStores reopened = SqliteStores.open(file, Clock.systemUTC())) {
                assertEquals(added, reopened.personStore().list().size());
            }
            assertEquals("ok", SqliteFiles.integrityCheck(file));
        }
    }

    @Test
    void open_fileOnReadOnlyMount_isRefusedNamingTheFile() throws Exception {
        TinyMount mount = TinyMount.tryMount("512k");
        assumeTrue(mount != null, NO_MOUNT);
        try (mount) {
            Path file = mount.dir().resolve("restauth.db");
            SqliteStores.open(file, Clock.systemUTC()).close();
            assertTrue(mount.remountReadOnly(), "remount read-only failed");

            SqliteOpenException e = assertThrows(SqliteOpenException.class,
                    () -> SqliteStores.open(file, Clock.systemUTC()));

            assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("read-only"),
                    e.getMessage());
        }
    }

    /** About 10 KB each, so that a 512 KB disk fills after a few dozen. */
    private static Person bulky(int i) {
        PasswordHash hash = PasswordHash.create("pw".toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS);
        String name = ("person " + i + " ").repeat(2000).substring(0, 10_000);
        return new Person(0, "p" + i + "@example.com", hash, new Profile(name, "", "", "", ""), false,
                Instant.EPOCH, Instant.EPOCH);
    }
}
