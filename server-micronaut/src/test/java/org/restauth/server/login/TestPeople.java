package org.restauth.server.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;

/** A users file as {@code restauth user add} writes it, with the people of the login tests. */
final class TestPeople {
    static final String ALICE = "alice@example.com";
    static final long ALICE_UID = 8055;
    static final String ALICE_PASSWORD = "correct horse battery staple";
    static final String BOB = "bob@example.com";
    static final String BOB_PASSWORD = "hunter2hunter2";
    /** The fewest a users file may hold (fewer than production): the tests log in often; the format is the same. */
    static final int ITERATIONS = PasswordHash.MIN_STORED_ITERATIONS;
    private static Path file;

    private TestPeople() {
    }

    static synchronized String usersFile() {
        if (file == null) {
            try {
                Path dir = Files.createTempDirectory("restauth-login-test");
                file = dir.resolve("users.json");
                SecureRandom random = new SecureRandom();
                UserFile.write(file, List.of(
                        new User(ALICE, ALICE_UID, PasswordHash.create(ALICE_PASSWORD.toCharArray(), random, ITERATIONS)),
                        new User(BOB, 8056, PasswordHash.create(BOB_PASSWORD.toCharArray(), random, ITERATIONS))));
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file.toString();
    }

    static String crowdEmail(int i) {
        return "person" + i + "@example.com";
    }

    static String crowdPassword(int i) {
        return "password of person " + i;
    }

    /** A users file of {@code n} people, {@link #crowdEmail}(i) with {@link #crowdPassword}(i), uids from 9001. */
    static String crowdFile(int n) {
        try {
            Path crowd = Files.createTempFile("restauth-crowd-", ".json");
            crowd.toFile().deleteOnExit();
            SecureRandom random = new SecureRandom();
            List<User> people = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                people.add(new User(crowdEmail(i), 9001 + i,
                        PasswordHash.create(crowdPassword(i).toCharArray(), random, ITERATIONS)));
            }
            UserFile.write(crowd, people);
            return crowd.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
