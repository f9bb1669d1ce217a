package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/**
 * kill -9 of a server on SQLite while calls are in flight, then a restart of the same configuration: every
 * session granted before still signs calls, the people and the added application are still there, and the file
 * passes {@code PRAGMA integrity_check}.
 */
class SqliteDurabilityIT {
    private static final String EMAIL = "dave@example.com";
    private static final Pattern ADDED = Pattern.compile("(?m)^api_key: ([0-9a-f]{32})\\R^secret:  ([0-9a-f]{32})$");

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
    void sessionsPeopleApps_killedDuringTraffic_allThereAfterRestart() throws Exception {
        Path db = dir.resolve("restauth.db");
        Map<String, String> props = SqliteNodes.onSqlite(db);
        Path config = SqliteNodes.config(dir, props);
        node = ServerNode.startedFromJar(props);
        NodeClient client = new NodeClient(node.base());
        SqliteNodes.cliJar(config, "pw-dave\n", "user", "add", "--email", EMAIL, "--uid", "4242");
        Matcher added = ADDED.matcher(SqliteNodes.cliJar(config, "", "app", "add", "--name", "Added"));
        assertTrue(added.find());
        List<NodeClient.Session> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sessions.add(session(client));
        }

        AtomicBoolean run = new AtomicBoolean(true);
        ExecutorService traffic = Executors.newFixedThreadPool(2);
        List<Future<?>> callers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            callers.add(traffic.submit(() -> {
                while (run.get()) {
                    try {
                        client.promoteSession(sessions.get(0));
                        client.createTokenAnswer();
                    } catch (RuntimeException | AssertionError e) {
                        return; // the node is gone: calls fail, as they should
                    }
                }
            }));
        }
        session(client); // at least one more session made while the callers run
        node.kill();
        run.set(false);
        for (Future<?> caller : callers) {
            caller.get();
        }
        traffic.shutdown();
        node.start();

        for (NodeClient.Session session : sessions) {
            assertEquals("\"" + session.secret() + "\"", client.promoteSession(session).body());
        }
        assertTrue(SqliteNodes.cliJar(config, "", "user", "list").contains("4242\t" + EMAIL), "the person is gone");
        String token = client.get("/restserver.php?" + createToken(added.group(1), added.group(2))).body();
        assertTrue(token.matches("\"[0-9a-f]{32}\""), "the added application no longer calls: " + token);
        node.close();
        assertEquals("ok", SqliteNodes.single(db, "PRAGMA integrity_check"));
    }

    private static NodeClient.Session session(NodeClient client) {
        String token = client.createToken();
        NodeClient.LoginForm form = client.openLogin(token);
        assertTrue(client.submitLogin(form, token, EMAIL, "pw-dave").body().contains("Login successful"));
        return client.getSession(token).session();
    }

    /** auth.createToken for the application added by the CLI, signed with the secret it printed. */
    private static String createToken(String apiKey, String secret) {
        List<Param> params = List.of(new Param("method", "auth.createToken"), new Param("api_key", apiKey),
                new Param("format", "json"));
        return "method=auth.createToken&api_key=" + apiKey + "&format=json&sig=" + Signature.sign(params, Secret.of(secret));
    }
}
