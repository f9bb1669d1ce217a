package org.restauth.format.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;

class UserFileTest {
    /** The fewest a file may hold: file format tests, not hash strength. */
    private static final int FAST = PasswordHash.MIN_STORED_ITERATIONS;

    @TempDir
    Path dir;

    private static User user(String email, long uid, String password) {
        return new User(email, uid, PasswordHash.create(password.toCharArray(), new SecureRandom(), FAST));
    }

    @Test
    void writeThenRead_twoUsers_returnsSameUsersInOrder() throws IOException {
        Path file = dir.resolve("users.json");
        List<User> users = List.of(user("a@b.c", 8055, "pw1"), user("x@y.z", 2, "pw2"));

        UserFile.write(file, users);

        assertEquals(users, UserFile.read(file));
    }

    @Test
    void write_oneUser_writesDocumentedJsonShape() throws IOException {
        Path file = dir.resolve("users.json");
        PasswordHash hash = PasswordHash.parse("pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==$"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");

        UserFile.write(file, List.of(new User("A@B.c", 8055, hash)));

        assertEquals("{\n  \"users\" : [ {\n    \"email\" : \"a@b.c\",\n    \"uid\" : 8055,\n"
                + "    \"password\" : \"pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA==$"
                + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"\n  } ]\n}\n",
                Files.readString(file));
    }

    @Test
    void read_compactDocumentedExample_parses() throws IOException {
        Path file = dir.resolve("users.json");
        String hash = user("a@b.c", 1, "pw").passwordHash().encoded();
        Files.writeString(file, "{\"users\":[{\"email\":\"a@b.c\",\"uid\":8055,\"password\":\"" + hash + "\"}]}");

        List<User> users = UserFile.read(file);

        assertEquals(1, users.size());
        assertEquals("a@b.c", users.get(0).email());
        assertEquals(8055, users.get(0).uid());
        assertTrue(users.get(0).passwordHash().matches("pw".toCharArray()));
    }

    @Test
    void write_posixFileSystem_leavesOwnerOnlyFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("users.json");

        UserFile.write(file, List.of(user("a@b.c", 1, "pw")));
        UserFile.write(file, List.of(user("a@b.c", 1, "pw"), user("d@e.f", 2, "pw")));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList());
        }
        assertEquals(2, UserFile.read(file).size());
    }

    @Test
    void write_duplicateEmail_refusedAndFileUntouched() throws IOException {
        Path file = dir.resolve("users.json");
        UserFile.write(file, List.of(user("a@b.c", 1, "pw")));
        String before = Files.readString(file);

        IOException e = assertThrows(IOException.class,
                () -> UserFile.write(file, List.of(user("a@b.c", 1, "pw"), user("A@B.C", 2, "pw"))));

        assertTrue(e.getMessage().endsWith("entry 2 repeats an email"), e.getMessage());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void read_duplicateUid_refused() throws IOException {
        Path file = dir.resolve("users.json");
        String hash = user("a@b.c", 1, "pw").passwordHash().encoded();
        Files.writeString(file, "{\"users\":[{\"email\":\"a@b.c\",\"uid\":7,\"password\":\"" + hash + "\"},"
                + "{\"email\":\"d@e.f\",\"uid\":7,\"password\":\"" + hash + "\"}]}");

        IOException e = assertThrows(IOException.class, () -> UserFile.read(file));

        assertTrue(e.getMessage().endsWith("entry 2 repeats a uid"), e.getMessage());
    }

    @Test
    void read_invalidHash_refusedWithoutEchoingIt() throws IOException {
        Path file = dir.resolve("users.json");
        Files.writeString(file, "{\"users\":[{\"email\":\"a@b.c\",\"uid\":7,\"password\":\"plaintext-secret\"}]}");

        IOException e = assertThrows(IOException.class, () -> UserFile.read(file));

        assertTrue(e.getMessage().endsWith("entry 1 (a@b.c): not a pbkdf2-sha256 password hash"), e.getMessage());
        assertFalse(e.getMessage().contains("plaintext-secret"));
    }

    @Test
    void read_insaneIterationCount_refusedNamingTheEntry() throws IOException {
        Path file = dir.resolve("users.json");
        String good = user("a@b.c", 1, "pw").passwordHash().encoded();
        String tampered = good.replace("$100000$", "$2000000000$");
        Files.writeString(file, "{\"users\":[{\"email\":\"a@b.c\",\"uid\":7,\"password\":\"" + good + "\"},"
                + "{\"email\":\"Mallory@Example.com\",\"uid\":8,\"password\":\"" + tampered + "\"}]}");

        IOException e = assertThrows(IOException.class, () -> UserFile.read(file));

        assertEquals("users file " + file + ": entry 2 (Mallory@Example.com): password hash iteration count"
                + " 2000000000 is outside 100000 to 10000000", e.getMessage());
    }

    @Test
    void read_brokenHashField_refusedNamingTheEntryNotTheHash() throws IOException {
        Path file = dir.resolve("users.json");
        String good = user("a@b.c", 1, "pw").passwordHash().encoded();
        String broken = good.substring(0, good.lastIndexOf('$') + 1) + "not*base64";
        Files.writeString(file, "{\"users\":[{\"email\":\"a@b.c\",\"uid\":7,\"password\":\"" + broken + "\"}]}");

        IOException e = assertThrows(IOException.class, () -> UserFile.read(file));

        assertEquals("users file " + file + ": entry 1 (a@b.c): password hash digest is not base64", e.getMessage());
    }

    @Test
    void read_uidAbove2pow31_refused() throws IOException {
        Path file = dir.resolve("users.json");
        String hash = user("a@b.c", 1, "pw").passwordHash().encoded();
        Files.writeString(file, "{\"users\":[{\"email\":\"a@b.c\",\"uid\":2147483648,\"password\":\"" + hash + "\"}]}");

        IOException e = assertThrows(IOException.class, () -> UserFile.read(file));

        assertTrue(e.getMessage().endsWith("entry 1 (a@b.c): uid must be positive and below 2^31"), e.getMessage());
    }

    @Test
    void read_notJson_refused() throws IOException {
        Path file = dir.resolve("users.json");
        Files.write(file, "users: []".getBytes(StandardCharsets.UTF_8));

        IOException e = assertThrows(IOException.class, () -> UserFile.read(file));

        assertTrue(e.getMessage().startsWith("users file " + file + " is not valid: "), e.getMessage());
    }
}
