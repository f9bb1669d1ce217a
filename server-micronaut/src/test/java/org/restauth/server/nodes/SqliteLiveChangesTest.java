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
 * A server process on SQLite and the CLI changing its people while it runs: a person added logs in with no
 * restart; a new password, disabling and removing end their session (102 on the next call; signed with the
 * application's secret, since the session's own is gone with it) and their old password (or any) no longer logs in;
 * a token approved before disabling is refused by getSession.
 */
class SqliteLiveChangesTest {
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
        node = ServerNode.started(props);
        client = new NodeClient(node.base());
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
    }

    @Test
    void userAdd_whileRunning_personLogsInWithoutRestart() {
        assertFalse(logsIn("first"), "logged in before being added");

        SqliteNodes.cli(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");

        NodeClient.Session session = session("first");
        assertEquals("\"" + session.secret() + "\"", client.promoteSession(session).body());
    }

    @Test
    void passwd_endsTheSessionAndTheOldPasswordNoLongerLogsIn() {
        SqliteNodes.cli(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");
        NodeClient.Session session = session("first");

        SqliteNodes.cli(config, "second\n", "user", "passwd", "--email", EMAIL);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertFalse(logsIn("first"));
        assertEquals(200, client.promoteSession(session("second")).status());
    }

    @Test
    void disableThenEnable_endsTheSessionRefusesLoginAndApprovedTokens() {
        SqliteNodes.cli(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");
        NodeClient.Session session = session("first");
        String approved = client.createToken();
        approve(approved, "first");

        SqliteNodes.cli(config, "", "user", "disable", "--email", EMAIL);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertEquals(100, client.getSession(approved).errorCode(), "a token approved before disabling made a session");
        assertFalse(logsIn("first"));
        SqliteNodes.cli(config, "", "user", "enable", "--email", EMAIL);
        assertEquals(200, client.promoteSession(session("first")).status());
    }

    @Test
    void remove_endsTheSessionAndNobodyLogsInAsThem() {
        SqliteNodes.cli(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9001");
        NodeClient.Session session = session("first");

        SqliteNodes.cli(config, "", "user", "remove", "--email", EMAIL);

        assertEquals(102, client.expireSessionSignedByApp(session).errorCode());
        assertFalse(logsIn("first"));
        assertTrue(SqliteNodes.cli(config, "", "user", "list").isEmpty());
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
