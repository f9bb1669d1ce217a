package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;

/**
 * Sixteen people added by the CLI and logging in on the server jar at once, on one SQLite file: the CLI's writes
 * (user add, user import) and the server's (the hash upgrade at login, the session) meet. No write is lost, no
 * busy database reaches a person (no "temporarily unavailable" page, no error 2), and of two getSession calls
 * racing on one token exactly one gets a session, which then signs calls.
 */
class SqliteConcurrencyIT {
    private static final int PEOPLE = 16;

    @TempDir
    Path dir;
    private ServerNode node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void addAndLogIn_sixteenAtOnce_noneLostNoneRefusedOneSessionPerToken() throws Exception {
        Path db = dir.resolve("restauth.db");
        Map<String, String> props = SqliteNodes.onSqlite(db);
        Path config = SqliteNodes.config(dir, props);
        node = ServerNode.startedFromJar(props);
        NodeClient client = new NodeClient(node.base(), Duration.ofMinutes(2));
        List<Path> importFiles = importFiles();

        ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
        ExecutorService exchanges = Executors.newFixedThreadPool(2 * PEOPLE);
        List<Future<NodeClient.Session>> sessions = new ArrayList<>();
        try {
            for (int i = 0; i < PEOPLE; i++) {
                int person = i;
                sessions.add(people.submit(() -> {
                    add(config, person, importFiles.get(person));
                    return logInAndExchangeTwice(client, exchanges, person);
                }));
            }
            for (Future<NodeClient.Session> session : sessions) {
                NodeClient.Session granted = session.get();
                assertEquals("\"" + granted.secret() + "\"", client.promoteSession(granted).body());
            }
        } finally {
            people.shutdownNow();
            exchanges.shutdownNow();
        }

        String listed = SqliteNodes.cli(config, "", "user", "list");
        for (int i = 0; i < PEOPLE; i++) {
            assertTrue(listed.contains((7000 + i) + "\t" + email(i)), "lost: " + email(i) + "\n" + listed);
        }
        node.close();
        assertEquals("ok", SqliteNodes.single(db, "PRAGMA integrity_check"));
        assertEquals(Integer.toString(PEOPLE), SqliteNodes.single(db, "SELECT count(*) FROM session"));
    }

    /** Half come from `user add` (password on stdin), half from `user import` (a users file, an older hash). */
    private static void add(Path config, int person, Path importFile) {
        if (person % 2 == 0) {
            SqliteNodes.cli(config, password(person) + "\n", "user", "add", "--email", email(person),
                    "--uid", Integer.toString(7000 + person));
        } else {
            SqliteNodes.cli(config, "", "user", "import", importFile.toString());
        }
    }

    private static NodeClient.Session logInAndExchangeTwice(NodeClient client, ExecutorService exchanges,
                                                            int person) throws Exception {
        String token = client.createToken();
        NodeClient.LoginForm form = client.openLogin(token);
        String page = client.submitLogin(form, token, email(person), password(person)).body();
        assertTrue(page.contains("Login successful"), email(person) + " was refused:\n" + page);
        Callable<NodeClient.Answer> exchange = () -> client.getSession(token);
        Future<NodeClient.Answer> first = exchanges.submit(exchange);
        Future<NodeClient.Answer> second = exchanges.submit(exchange);
        List<NodeClient.Answer> answers = List.of(first.get(), second.get());
        List<Integer> codes = answers.stream().map(NodeClient.Answer::errorCode).sorted().toList();
        assertEquals(List.of(0, 100), codes, "one session per token: " + answers);
        return answers.stream().filter(a -> a.errorCode() == 0).findFirst().orElseThrow().session();
    }

    /** The odd-numbered people's users files (null for the others), hashed before the race. */
    private List<Path> importFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Path file = null;
            if (i % 2 == 1) {
                file = dir.resolve("people-" + i + ".json");
                PasswordHash hash = PasswordHash.create(password(i).toCharArray(), new SecureRandom(),
                        PasswordHash.MIN_STORED_ITERATIONS);
                UserFile.write(file, List.of(new User(email(i), 7000 + i, hash)));
            }
            files.add(file);
        }
        return files;
    }

    private static String email(int person) {
        return "p" + person + "@example.com";
    }

    private static String password(int person) {
        return "pw-" + person;
    }
}
