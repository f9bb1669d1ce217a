package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.server.identity.ScriptedConsent;
import org.restauth.store.redis.RedisServer;

/**
 * Two server processes on one real redis-server: {@code offline_access} allowed on node A's consent page (over
 * HTTP) is what node B answers at once, and revoking it on node B ends the session and the grant for node A.
 */
class RedisGrantsAcrossNodesTest {
    private static final String EMAIL = "frank@example.com";
    private static final String PASSWORD = "frank's own password";
    private static final String UID = "9200";
    private static final String CALLBACK = "https://app.example.org/after-login";

    @TempDir
    Path dir;
    private RedisServer redis;
    private ServerNode a;
    private ServerNode b;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {a, b, redis}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void offlineAccess_grantedOnA_seenOnB_revokedOnB_goneOnA() throws IOException {
        redis = RedisServer.started();
        Map<String, String> props = SqliteNodes.onRedis(redis.uri());
        // a web application may ask about a uid without a session (a desktop one gets 10): node A can look after 102
        props.put("restauth.apps.demo.type", "web");
        props.put("restauth.apps.demo.callback-url", CALLBACK);
        a = ServerNode.started(props);
        b = ServerNode.started(props);
        SqliteNodes.cli(patientConfig(props), PASSWORD + "\n", "user", "add", "--email", EMAIL, "--uid", UID);
        NodeClient onA = new NodeClient(a.base());
        NodeClient onB = new NodeClient(b.base());

        String token = onA.createToken();
        assertEquals(CALLBACK + "?auth_token=" + token,
                new ScriptedConsent(a.base()).logInAndAllow(TestNodes.API_KEY, token, EMAIL, PASSWORD, "offline_access"));
        NodeClient.Answer session = onB.getSession(token);
        String key = session.json().get("session_key").asText();

        assertEquals(0, session.json().get("expires").asLong(), session.body());
        assertEquals("1", call(onB, "users.hasAppPermission", "session_key", key, "ext_perm", "offline_access").body());
        assertEquals("1", call(onB, "users.hasAppPermission", "uid", UID, "ext_perm", "offline_access").body());

        assertEquals("true", call(onB, "auth.revokeExtendedPermission", "session_key", key, "perm", "offline_access")
                .body());

        assertEquals(102, call(onA, "users.getLoggedInUser", "session_key", key).errorCode());
        assertEquals("0", call(onA, "users.hasAppPermission", "uid", UID, "ext_perm", "offline_access").body());
        assertEquals("true", call(onA, "users.isAppUser", "uid", UID).body(), "only the permission is gone");
        String again = onA.createToken();
        new ScriptedConsent(a.base()).logInAndAllow(TestNodes.API_KEY, again, EMAIL, PASSWORD, "email");
        assertNotEquals(0, onB.getSession(again).json().get("expires").asLong(), "no offline_access any more");
    }

    /** The CLI's configuration, with the nodes' generous Redis timeout: two busy cores must not fail the set-up. */
    private Path patientConfig(Map<String, String> props) throws IOException {
        Path config = SqliteNodes.config(dir, props);
        Files.writeString(config, Files.readString(config).replace("  redis:\n", "  redis:\n    timeout: 10s\n"));
        return config;
    }

    /** A call signed with the application's secret; {@code keyValues} are its own parameters. */
    private static NodeClient.Answer call(NodeClient node, String method, String... keyValues) {
        Param[] params = new Param[2 + keyValues.length / 2];
        params[0] = new Param("method", method);
        params[1] = new Param("api_key", TestNodes.API_KEY);
        for (int i = 0; i < keyValues.length; i += 2) {
            params[2 + i / 2] = new Param(keyValues[i], keyValues[i + 1]);
        }
        return node.call(Secret.of(TestNodes.SECRET), params);
    }
}
