package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * offline_access granted on the consent page of a server on SQLite, then kill -9 and a start on the same file:
 * the grant is still there (users.hasAppPermission answers 1, a new login gets expires 0) and the sessions it
 * made never-expiring still never expire. Before grants were in the file, all of this was lost at restart.
 */
class SqliteGrantRestartTest {
    private static final String EMAIL = "erin@example.com";
    private static final String PASSWORD = "pw-erin";
    private static final long UID = 4343;

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
    void offlineAccess_grantedThenServerKilledAndStarted_grantAndNeverExpiringSessionsKept() throws Exception {
        Path db = dir.resolve("restauth.db");
        Map<String, String> props = SqliteNodes.onSqlite(db);
        node = ServerNode.started(props);
        SqliteNodes.cli(SqliteNodes.config(dir, props), PASSWORD + "\n", "user", "add", "--email", EMAIL,
                "--uid", Long.toString(UID));
        NodeClient client = new NodeClient(node.base());
        NodeClient.Answer before = client.logIn(EMAIL, PASSWORD);
        assertTrue(before.json().get("expires").asLong() > 0, before.body());

        PersonBrowser browser = new PersonBrowser(node.base());
        PersonBrowser.Page consent = browser.logInToPrompt(TestNodes.API_KEY, "offline_access", EMAIL, PASSWORD);
        assertTrue(consent.body().contains("Stay signed in until you remove the app"), consent.body());
        PersonBrowser.Page allowed = browser.allow(consent, TestNodes.API_KEY, "offline_access");
        assertEquals(200, allowed.status(), allowed.body());
        NodeClient.Answer after = client.logIn(EMAIL, PASSWORD);
        assertEquals(0, after.json().get("expires").asLong(), after.body());

        node.kill();
        node.start();

        for (NodeClient.Answer session : new NodeClient.Answer[] {before, after}) {
            assertEquals("1", client.sessionCall(session.session(), "users.hasAppPermission",
                    "ext_perm", "offline_access").body());
            assertEquals(Long.toString(UID), client.sessionCall(session.session(), "users.getLoggedInUser").body());
        }
        assertEquals(0, client.logIn(EMAIL, PASSWORD).json().get("expires").asLong(), "a new login after the restart");
        assertEquals("3 sessions, 0 expiring", sessionsOf(db));
    }

    /**
     * What the file holds of the person's sessions with the application, read beside the running server as sqlite3
     * would (the 12-hour session of being logged in to this server is a row too, of no application).
     */
    private static String sessionsOf(Path db) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE expires != 0)"
                     + " FROM session WHERE uid = " + UID + " AND api_key = '" + TestNodes.API_KEY + "'")) {
            row.next();
            return row.getLong(1) + " sessions, " + row.getLong(2) + " expiring";
        }
    }
}
