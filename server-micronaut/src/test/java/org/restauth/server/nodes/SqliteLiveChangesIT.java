package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
    private static final String EMAIL = "carol@example.com";

    @TempDir
    Path dir;
    private ServerNode node;
    private NodeClient client;
    private Path config;

    @BeforeEach
    void start() {
        Map<String, String> props = SqliteNodes.onSqlite(dir.resolve("restauth.db"));
        config = SqliteNodes.config(dir, props);
        node = ServerNode.startedFromJar(props);
        client = new NodeClient(node.base());
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
    }

    @Test
    void userAdd_whileRunning_personLogsInWithoutRestart() {
        assertFalse(logsIn("first"), "logged in before being added");

        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");

        NodeClient.Session session = session("first");
        assertEquals("\"" + session.secret() + "\"", client.promoteSession(session).body());
    }

    @Test
    void passwd_endsTheSessionAndTheOldPasswordNoLongerLogsIn() {
        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");
        NodeClient.Session session = session("first");

        SqliteNodes.cliJar(config, "second\n", "user", "passwd", "--email", EMAIL);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertFalse(logsIn("first"));
        assertEquals(200, client.promoteSession(session("second")).status());
    }

    @Test
    void passwd_betweenApprovalAndGetSession_theTokenMakesNoSession() {
        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");
        String approved = client.createToken();
        approve(approved, "first");

        SqliteNodes.cliJar(config, "second\n", "user", "passwd", "--email", EMAIL);

        assertEquals(100, client.getSession(approved).errorCode(), "a token approved with the old password");
        String afterwards = client.createToken();
        approve(afterwards, "second");
        assertEquals(200, client.promoteSession(client.getSession(afterwards).session()).status());
    }

    @Test
    void disableThenEnable_endsTheSessionRefusesLoginAndApprovedTokens() {
        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");
        NodeClient.Session session = session("first");
        String approved = client.createToken();
        approve(approved, "first");
        String keptTillEnabled = client.createToken();
        approve(keptTillEnabled, "first");

        SqliteNodes.cliJar(config, "", "user", "disable", "--email", EMAIL);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertEquals(100, client.getSession(approved).errorCode(), "a token approved before disabling made a session");
        assertFalse(logsIn("first"));
        SqliteNodes.cliJar(config, "", "user", "enable", "--email", EMAIL);
        assertEquals(100, client.getSession(keptTillEnabled).errorCode(), "enabling again brought an old token back");
        assertEquals(200, client.promoteSession(session("first")).status());
    }

    @Test
    void remove_endsTheSessionAndNobodyLogsInAsThem() {
        SqliteNodes.cliJar(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");
        NodeClient.Session session = session("first");

        SqliteNodes.cliJar(config, "", "user", "remove", "--email", EMAIL);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertFalse(logsIn("first"));
        assertTrue(SqliteNodes.cliJar(config, "", "user", "list").isEmpty());
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
        return client.submitLogin(form, token, EMAIL, password);
    }
}
