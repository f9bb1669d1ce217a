package org.restauth.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;

/** A file written by an older restauth is migrated at its first open, its people kept. */
class SqliteSchemaUpgradeTest {
    private final TempDatabase files = new TempDatabase();

    @AfterEach
    void deleteFiles() throws Exception {
        files.close();
    }

    @Test
    void open_fileAtSchema1_personGetsTheirLastUpdateAsCredentialsChange() throws Exception {
        Path file = files.file("restauth.db");
        Flyway.configure().dataSource(Database.url(file), null, null).locations("classpath:db/migration")
                .target("1").load().migrate();
        String hash = PasswordHash.create("pw".toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS)
                .encoded();
        SqliteFiles.execute(file, "INSERT INTO person VALUES (8055, 'ann@example.com', '" + hash
                + "', 'Ann', '', '', '', '', 0, 1700000000000, 1700000900000)");

        Person ann = files.open(file).personStore().byUid(8055).orElseThrow();

        assertEquals(Instant.ofEpochMilli(1_700_000_900_000L), ann.credentialsChanged());
        assertEquals(Instant.ofEpochMilli(1_700_000_000_000L), ann.created());
        assertEquals("3", SqliteFiles.single(file, "SELECT max(version) FROM flyway_schema_history WHERE success = 1"));
    }
}
