package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.user.PasswordHash;
import org.restauth.format.users.UserFile;
import org.restauth.format.users.UserFileDirectory;

class UserCommandTest {
    @TempDir
    Path dir;

    private CliRun add(Path file, String email, String uid, String stdin) {
        return CliRun.withStdin(stdin, "user", "add", "--file", file.toString(), "--email", email, "--uid", uid);
    }

    @Test
    void add_passwordOnStdin_createsOwnerOnlyFileTheServerCanAuthenticateAgainst() throws IOException {
        Path file = dir.resolve("users.json");

        CliRun run = add(file, "Alice@Example.org", "8055", "correct horse\n");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("added alice@example.org (uid 8055) to " + file + System.lineSeparator(), run.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(PasswordHash.DEFAULT_ITERATIONS, UserFile.read(file).get(0).passwordHash().iterations());
        UserFileDirectory users = UserFileDirectory.load(file);
        assertEquals(OptionalLong.of(8055), users.authenticate("alice@example.org", "correct horse".toCharArray()));
        assertEquals(OptionalLong.empty(), users.authenticate("alice@example.org", "correct horse\n".toCharArray()));
        assertFalse(Files.readString(file).contains("correct horse"));
    }

    @Test
    void add_duplicateEmail_refusedAndFileUnchanged() throws IOException {
        Path file = dir.resolve("users.json");
        add(file, "a@b.c", "1", "pw1\n");
        String before = Files.readString(file);

        CliRun run = add(file, "A@B.C", "2", "pw2\n");

        assertEquals(1, run.exitCode());
        assertEquals("restauth user add: a user with email a@b.c already exists" + System.lineSeparator(), run.err());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void add_duplicateUid_refused() {
        Path file = dir.resolve("users.json");
        add(file, "a@b.c", "7", "pw1\n");

        CliRun run = add(file, "d@e.f", "7", "pw2\n");

        assertEquals(1, run.exitCode());
        assertEquals("restauth user add: a user with uid 7 already exists" + System.lineSeparator(), run.err());
    }

    @Test
    void add_uidOutOfRange_isUsageError() {
        Path file = dir.resolve("users.json");

        assertEquals(2, add(file, "a@b.c", "0", "pw\n").exitCode());
        CliRun run = add(file, "a@b.c", "2147483648", "pw\n");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--uid must be from 1 to 2147483647"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void add_emptyStdin_refusedWithoutWritingFile() {
        Path file = dir.resolve("users.json");

        CliRun run = add(file, "a@b.c", "1", "");

        assertEquals(1, run.exitCode());
        assertEquals("restauth user add: no password given (empty line or end of input)" + System.lineSeparator(),
                run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void add_passwordAsOption_isUnknownOption() {
        CliRun run = CliRun.run("user", "add", "--file", dir.resolve("u.json").toString(), "--email", "a@b.c",
                "--uid", "1", "--password", "pw");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unknown options: '--password', 'pw'"), run.err());
    }

    @Test
    void list_twoUsers_printsEmailAndUidButNoHash() {
        Path file = dir.resolve("users.json");
        add(file, "a@b.c", "8055", "pw1\n");
        add(file, "d@e.f", "2", "pw2\n");

        CliRun run = CliRun.run("user", "list", "--file", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("a@b.c\t8055\nd@e.f\t2\n", run.out().replace(System.lineSeparator(), "\n"));
        assertFalse(run.out().contains("pbkdf2"));
    }

    @Test
    void list_missingFile_printsOneLineAndExits1() {
        Path file = dir.resolve("absent.json");

        CliRun run = CliRun.run("user", "list", "--file", file.toString());

        assertEquals(1, run.exitCode());
        assertEquals("restauth user list: I/O error (NoSuchFileException): " + file + System.lineSeparator(),
                run.err());
    }

    @Test
    void remove_existingUser_leavesTheOthers() throws IOException {
        Path file = dir.resolve("users.json");
        add(file, "a@b.c", "1", "pw1\n");
        add(file, "d@e.f", "2", "pw2\n");

        CliRun run = CliRun.run("user", "remove", "--file", file.toString(), "--email", "A@b.c");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("removed a@b.c from " + file + System.lineSeparator(), run.out());
        CliRun list = CliRun.run("user", "list", "--file", file.toString());
        assertEquals("d@e.f\t2" + System.lineSeparator(), list.out());
        assertEquals(OptionalLong.empty(), UserFileDirectory.load(file).authenticate("a@b.c", "pw1".toCharArray()));
    }

    @Test
    void remove_unknownEmail_exits1() {
        Path file = dir.resolve("users.json");
        add(file, "a@b.c", "1", "pw1\n");

        CliRun run = CliRun.run("user", "remove", "--file", file.toString(), "--email", "x@y.z");

        assertEquals(1, run.exitCode());
        assertEquals("restauth user remove: no user with email x@y.z in " + file + System.lineSeparator(), run.err());
    }
}
