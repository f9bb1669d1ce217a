package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server jar on SQLite and the CLI jar changing its people while it runs, as an operator types
 * {@code restauth user ...}: a person added logs in with no restart; a new password, disabling and removing end
 * their session (102 on the next call; signed with the application's secret, since the session's own is gone with
 * it) and their old password (or any) no longer logs in; a token approved before a new password or a disable is
 * refused by getSession (100).
 */
class SqliteLiveChangesIT {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    /** One server for the class (a start costs seconds on two shared cores); each test has its own person. */
    @TempDir
    static Path dir;
    private static ServerNode node;
    private static NodeClient client;
    private static Path config;
    private final String email = "carol" + PEOPLE.incrementAndGet() + "@example.com";

    @BeforeAll
    static void start() {
        Map<String, String> props = SqliteNodes.onSqlite(dir.resolve("restauth.db"));
        config = SqliteNodes.config(dir, props);
        node = ServerNode.startedFromJar(props);
        client = new NodeClient(node.base());
    }

    @AfterAll
    static void stop() throws Exception {
        node.close();
    }

    @Test
    void userAdd_whileRunning_personLogsInWithoutRestart() {
        assertFalse(logsIn("first"), "logged in before being added");

        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", email);

        NodeClient.Session session = session("first");
        assertEquals("\"" + session.secret() + "\"", client.promoteSession(session).body());
    }

    @Test
    void passwd_endsTheSessionAndTheOldPasswordNoLongerLogsIn() {
        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", email);
        NodeClient.Session session = session("first");

        SqliteNodes.cliJar(config, "second\n", "user", "passwd", "--email", email);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertFalse(logsIn("first"));
        assertEquals(200, client.promoteSession(session("second")).status());
    }

    @Test
    void passwd_betweenApprovalAndGetSession_theTokenMakesNoSession() {
        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", email);
        String approved = client.createToken();
        approve(approved, "first");

        SqliteNodes.cliJar(config, "second\n", "user", "passwd", "--email", email);

        assertEquals(100, client.getSession(approved).errorCode(), "a token approved with the old password");
        String afterwards = client.createToken();
        approve(afterwards, "second");
        assertEquals(200, client.promoteSession(client.getSession(afterwards).session()).status());
    }

    @Test
    void disableThenEnable_endsTheSessionRefusesLoginAndApprovedTokens() {
        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", email);
        NodeClient.Session session = session("first");
        String approved = client.createToken();
        approve(approved, "first");
        String keptTillEnabled = client.createToken();
        approve(keptTillEnabled, "first");

        SqliteNodes.cliJar(config, "", "user", "disable", "--email", email);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertEquals(100, client.getSession(approved).errorCode(), "a token approved before disabling made a session");
        assertFalse(logsIn("first"));
        SqliteNodes.cliJar(config, "", "user", "enable", "--email", email);
        assertEquals(100, client.getSession(keptTillEnabled).errorCode(), "enabling again brought an old token back");
        assertEquals(200, client.promoteSession(session("first")).status());
    }

    @Test
    void remove_endsTheSessionAndNobodyLogsInAsThem() {
        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", email);
        NodeClient.Session session = session("first");

        SqliteNodes.cliJar(config, "", "user", "remove", "--email", email);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertFalse(logsIn("first"));
        assertFalse(SqliteNodes.cliJar(config, "", "user", "list").contains(email));
    }

    private NodeClient.Session session(String password) {
        String token = client.createToken();
        approve(token, password);
        return client.getSession(token).session();
    }

    private void approve(String token, String password) {
        assertTrue(submit(token, password).body().contains("Login successful"), "login refused");
    }

    private boolean logsIn(String password) {
        return submit(client.createToken(), password).body().contains("Login successful");
    }

    private NodeClient.Answer submit(String token, String password) {
        NodeClient.LoginForm form = client.openLogin(token);
        assertEquals(200, form.page().status(), form.page().body());
        return client.submitLogin(form, token, email, password);
    }
}
