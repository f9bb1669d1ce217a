package org.restauth.format.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;

class UserFileDirectoryTest {
    private static final int FAST = PasswordHash.MIN_STORED_ITERATIONS;

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void writeUsers() throws IOException {
        file = dir.resolve("users.json");
        UserFile.write(file, List.of(
                new User("a@b.c", 8055, PasswordHash.create("right".toCharArray(), new SecureRandom(), FAST)),
                new User("d@e.f", 9, PasswordHash.create("other".toCharArray(), new SecureRandom(), FAST))));
    }

    @Test
    void authenticate_rightPassword_returnsUid() throws IOException {
        UserFileDirectory users = UserFileDirectory.load(file);

        assertEquals(OptionalLong.of(8055), users.authenticate("a@b.c", "right".toCharArray()));
        assertEquals(OptionalLong.of(9), users.authenticate(" D@E.F ", "other".toCharArray()));
    }

    @Test
    void authenticate_wrongPasswordOrUnknownEmail_returnsEmpty() throws IOException {
        UserFileDirectory users = UserFileDirectory.load(file);

        assertEquals(OptionalLong.empty(), users.authenticate("a@b.c", "wrong".toCharArray()));
        assertEquals(OptionalLong.empty(), users.authenticate("a@b.c", "other".toCharArray()));
        assertEquals(OptionalLong.empty(), users.authenticate("nobody@b.c", "right".toCharArray()));
    }

    @Test
    void load_fileChangedAfterLoading_keepsWhatWasLoaded() throws IOException {
        UserFileDirectory users = UserFileDirectory.load(file);

        UserFile.write(file, List.of());

        assertEquals(2, users.size());
        assertEquals(OptionalLong.of(8055), users.authenticate("a@b.c", "right".toCharArray()));
    }

    @Test
    void load_missingFile_throws() {
        assertThrows(NoSuchFileException.class, () -> UserFileDirectory.load(dir.resolve("absent.json")));
    }
}
