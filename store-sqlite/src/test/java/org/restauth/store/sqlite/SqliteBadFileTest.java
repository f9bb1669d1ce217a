package org.restauth.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files the store must refuse at open, with one clear message naming the file. */
class SqliteBadFileTest {
    private final TempDatabase files = new TempDatabase();

    @AfterEach
    void deleteFiles() throws Exception {
        files.close();
    }

    private SqliteOpenException refused(Path file) {
        SqliteOpenException e = assertThrows(SqliteOpenException.class, () -> files.open(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        return e;
    }

    @Test
    void open_fileFromANewerSchema_isRefusedNamingBothVersions() throws Exception {
        Path file = files.file("restauth.db");
        files.open(file).close();
        SqliteFiles.execute(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success)"
                + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 0, 1)");

        SqliteOpenException e = refused(file);

        assertTrue(e.getMessage().contains("newer restauth (schema version 99, this build knows up to 3)"),
                e.getMessage());
    }

    @Test
    void open_fileThatIsNoDatabase_isRefusedAsDamaged() throws Exception {
        Path file = files.file("restauth.db");
        byte[] garbage = new byte[8192];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.write(file, garbage);

        assertTrue(refused(file).getMessage().contains("not a SQLite database or damaged"));
        assertTrue(Arrays.equals(garbage, Files.readAllBytes(file)), "the file was changed");
    }

    @Test
    void open_databaseWithOverwrittenPages_isRefusedAsDamaged() throws Exception {
        Path file = files.file("restauth.db");
        files.open(file).close();
        SqliteFiles.execute(file, "PRAGMA journal_mode=DELETE"); // everything into the main file, no WAL beside it
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] noise = new byte[(int) raw.length() - 4096];
            Arrays.fill(noise, (byte) 0x5a);
            raw.seek(4096); // page 1 (header and schema root) stays readable, the tables' pages do not
            raw.write(noise);
        }

        assertTrue(refused(file).getMessage().contains("damaged"));
    }

    @Test
    void open_fileWithoutWritePermission_isRefusedAsReadOnly() throws Exception {
        Path file = files.file("restauth.db");
        files.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));

        assertTrue(refused(file).getMessage().contains("read-only"));
        assertEquals("r--------", SqliteFiles.mode(file));
    }

    @Test
    void open_directoryWhereTheFileShouldBe_isRefused() throws Exception {
        Path file = files.file("restauth.db");
        Files.createDirectory(file);

        assertTrue(refused(file).getMessage().contains("not a regular file"));
    }
}
