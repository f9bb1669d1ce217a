package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.store.sqlite.SqliteStores;

/**
 * The server jar on a SQLite file it must not use: a file migrated by a newer restauth, a file that is no
 * database, a file it may not write. Each stops the start with exit code 2 and one line naming the key, the file
 * and what to do; no stack trace, and the file is left as it was.
 */
class SqliteStartRefusalIT {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("restauth.db");
    }

    /** A file the store made, as a first start would leave it. */
    private Path madeByTheStore() {
        SqliteStores.open(db(), Clock.systemUTC()).close();
        return db();
    }

    private String refusedWith(Path file) throws Exception {
        byte[] before = Files.readAllBytes(file);

        StartAttempt attempt = StartAttempt.run(SqliteNodes.onSqlite(file), Map.of());

        assertEquals(2, attempt.exitCode(), attempt.output());
        assertFalse(attempt.output().contains("\tat "), "a stack trace was printed:\n" + attempt.output());
        String line = attempt.output().lines().filter(l -> l.startsWith("restauth: cannot start: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no one-line reason:\n" + attempt.output()));
        assertTrue(line.contains("restauth.sqlite.path") && line.contains(file.toString()), line);
        assertArrayEquals(before, Files.readAllBytes(file), "the refused start changed the file");
        return line;
    }

    @Test
    void start_fileFromANewerSchema_isRefusedNamingBothVersions() throws Exception {
        Path file = madeByTheStore();
        SqliteNodes.execute(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 0, 1)");

        String line = refusedWith(file);

        assertTrue(line.contains("written by a newer restauth (schema version 99, this build knows up to 3)"), line);
    }

    @Test
    void start_fileThatIsNoDatabase_isRefusedAsDamaged() throws Exception {
        byte[] garbage = new byte[8192];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.write(db(), garbage);

        assertTrue(refusedWith(db()).contains("not a SQLite database or damaged"));
    }

    @Test
    void start_fileWithoutWritePermission_isRefusedAsReadOnly() throws Exception {
        Path file = madeByTheStore();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

        assertTrue(refusedWith(file).contains("read-only"));
    }
}
