package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.StoredSession;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.PersonDirectory;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;
import org.restauth.store.sqlite.SqliteStores;

/** {@code restauth user ...} on a real SQLite file, found through an application.yml as the server finds it. */
class UserCommandTest {
    @TempDir
    Path dir;
    private String config;

    @BeforeEach
    void config() {
        config = StoreConfig.sqliteIn(dir, "").toString();
    }

    private CliRun user(String stdin, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "user";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--config";
        all[args.length + 2] = config;
        return CliRun.withStdin(stdin, all);
    }

    private OptionalLong login(String email, String password) {
        try (SqliteStores stores = SqliteStores.open(dir.resolve("restauth.db"), Clock.systemUTC())) {
            return new PersonDirectory(stores.personStore(), Clock.systemUTC(), new SecureRandom())
                    .authenticate(email, password.toCharArray());
        }
    }

    @Test
    void add_passwordOnStdin_createsOwnerOnlyStoreThePersonLogsInFrom() throws IOException {
        CliRun run = user("correct horse\n", "add", "--email", "Alice@Example.org", "--uid", "8055", "--name", "Alice");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("added alice@example.org (uid 8055)" + System.lineSeparator(), run.out());
        Path db = dir.resolve("restauth.db");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
        assertEquals(OptionalLong.of(8055), login("alice@example.org", "correct horse"));
        assertEquals(OptionalLong.empty(), login("alice@example.org", "correct horse\n"));
    }

    @Test
    void add_noUid_assignsOne() {
        CliRun run = user("pw1\n", "add", "--email", "a@b.c");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("added a@b\\.c \\(uid [1-9][0-9]*\\)\\R"), run.out());
    }

    @Test
    void add_duplicateEmailOrUid_refused() {
        user("pw1\n", "add", "--email", "a@b.c", "--uid", "7");

        CliRun email = user("pw2\n", "add", "--email", "A@B.C", "--uid", "8");
        CliRun uid = user("pw2\n", "add", "--email", "d@e.f", "--uid", "7");

        assertEquals(1, email.exitCode());
        assertEquals("restauth user add: a person with email a@b.c already exists" + System.lineSeparator(),
                email.err());
        assertEquals(1, uid.exitCode());
        assertEquals("restauth user add: a person with uid 7 already exists" + System.lineSeparator(), uid.err());
        assertEquals(OptionalLong.of(7), login("a@b.c", "pw1"));
    }

    @Test
    void add_uidOutOfRangeOrEmptyPassword_refusedAndNobodyAdded() {
        CliRun range = user("pw\n", "add", "--email", "a@b.c", "--uid", "2147483648");
        CliRun empty = user("", "add", "--email", "a@b.c", "--uid", "1");

        assertEquals(2, range.exitCode());
        assertTrue(range.err().startsWith("--uid must be from 1 to 2147483647"), range.err());
        assertEquals(1, empty.exitCode());
        assertEquals("restauth user add: no password given (empty line or end of input)" + System.lineSeparator(),
                empty.err());
        assertEquals("", user("", "list").out());
    }

    @Test
    void add_passwordAsOption_isUnknownOption() {
        CliRun run = user("", "add", "--email", "a@b.c", "--password", "pw");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Unknown options: '--password', 'pw'"), run.err());
    }

    @Test
    void list_twoPeople_printsUidEmailNameStateButNoHash() {
        user("pw1\n", "add", "--email", "a@b.c", "--uid", "8055", "--name", "Ann");
        user("pw2\n", "add", "--email", "d@e.f", "--uid", "2");
        user("", "disable", "--email", "d@e.f");

        CliRun run = user("", "list");
        CliRun json = user("", "list", "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("2\td@e.f\t\tdisabled\n8055\ta@b.c\tAnn\tenabled\n", run.out().replace(System.lineSeparator(), "\n"));
        assertTrue(json.out().startsWith("[{\"uid\":2,\"email\":\"d@e.f\",\"name\":\"\",\"disabled\":true,"), json.out());
        assertFalse(run.out().contains("pbkdf2") || json.out().contains("pbkdf2"));
    }

    @Test
    void passwdDisableRemove_endTheirSessionsAndChangeLogin() {
        user("old\n", "add", "--email", "a@b.c", "--uid", "5");
        session(5);

        CliRun passwd = user("new\n", "passwd", "--email", "a@b.c");
        assertEquals("new password for a@b.c (uid 5); sessions ended: 1" + System.lineSeparator(), passwd.out());
        assertEquals(OptionalLong.empty(), login("a@b.c", "old"));
        assertEquals(OptionalLong.of(5), login("a@b.c", "new"));

        session(5);
        assertEquals("disabled a@b.c (uid 5); sessions ended: 1" + System.lineSeparator(),
                user("", "disable", "--email", "a@b.c").out());
        assertEquals(OptionalLong.empty(), login("a@b.c", "new"));
        assertEquals(0, user("", "enable", "--email", "a@b.c").exitCode());
        assertEquals(OptionalLong.of(5), login("a@b.c", "new"));

        session(5);
        assertEquals("removed a@b.c (uid 5); sessions ended: 1" + System.lineSeparator(),
                user("", "remove", "--email", "A@b.c").out());
        assertEquals(OptionalLong.empty(), login("a@b.c", "new"));
    }

    @Test
    void remove_unknownEmail_exits1() {
        CliRun run = user("", "remove", "--email", "x@y.z");

        assertEquals(1, run.exitCode());
        assertEquals("restauth user remove: no person with email x@y.z" + System.lineSeparator(), run.err());
    }

    @Test
    void import_usersFile_addsEveryoneWithTheirPasswordAndSkipsWhoIsThere() throws IOException {
        user("mine\n", "add", "--email", "b@c.d", "--uid", "3");
        Path file = dir.resolve("users.json");
        SecureRandom random = new SecureRandom();
        UserFile.write(file, List.of(new User("a@b.c", 1, PasswordHash.create("pw1".toCharArray(), random, 100_000)),
                new User("b@c.d", 2, PasswordHash.create("pw2".toCharArray(), random, 100_000))));

        CliRun run = user("", "import", file.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("imported 1 of 2 people from " + file + "\nskipped b@c.d (email already there)\n",
                run.out().replace(System.lineSeparator(), "\n"));
        assertEquals(OptionalLong.of(1), login("a@b.c", "pw1"));
        assertEquals(OptionalLong.of(3), login("b@c.d", "mine"));
    }

    @Test
    void add_memoryStoreConfigured_refusedNamingTheStore() {
        CliRun run = CliRun.withStdin("pw\n", "user", "add", "--email", "a@b.c", "--config",
                writeYaml("restauth:\n  store: memory\n").toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("restauth user add: restauth.store=memory:"), run.err());
    }

    private Path writeYaml(String yaml) {
        try {
            Path file = dir.resolve("memory.yml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A session as the server makes one at auth.getSession, in the same file. */
    private void session(long uid) {
        try (SqliteStores stores = SqliteStores.open(dir.resolve("restauth.db"), Clock.systemUTC())) {
            stores.sessionStore(SessionPolicy.DEFAULT).create("key" + System.nanoTime() + "-" + uid,
                    new StoredSession("0123456789abcdef0123456789abcdef", uid, 0, java.util.Optional.of(
                            Secret.of("secretsecretsecretsecretsecret12"))), Instant.now());
        }
    }
}
