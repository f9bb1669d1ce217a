package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.store.redis.RedisServer;

/**
 * Two server processes on one real redis-server and the CLI on the same Redis: a person added logs in on both
 * nodes with no restart, and after a new password, disabling or removing their session gets 102 and their old
 * password is refused, on both nodes; a token approved on one node before the new password makes no session on
 * the other.
 */
class RedisLiveChangesTest {
    private static final String EMAIL = "erin@example.com";

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
    void addPasswdDisableRemove_seenByBothNodesAtOnce() {
        redis = RedisServer.started();
        Map<String, String> props = SqliteNodes.onRedis(redis.uri());
        Path config = SqliteNodes.config(dir, props);
        a = ServerNode.started(props);
        b = ServerNode.started(props);
        List<NodeClient> nodes = List.of(new NodeClient(a.base()), new NodeClient(b.base()));

        SqliteNodes.cli(config, "first\n", "user", "add", "--email", EMAIL, "--uid", "9100");
        NodeClient.Session onA = session(nodes.get(0), "first");
        NodeClient.Session onB = session(nodes.get(1), "first");
        String approvedOnA = nodes.get(0).createToken();
        assertTrue(logsInWith(nodes.get(0), approvedOnA, "first"), "login refused");

        SqliteNodes.cli(config, "second\n", "user", "passwd", "--email", EMAIL);
        assertEquals(100, nodes.get(1).getSession(approvedOnA).errorCode(), "a token approved with the old password");
        for (NodeClient node : nodes) {
            assertEquals(102, node.expireSessionSignedByApp(onA).errorCode());
            assertEquals(102, node.expireSessionSignedByApp(onB).errorCode());
            assertFalse(logsIn(node, "first"));
        }

        NodeClient.Session second = session(nodes.get(0), "second");
        SqliteNodes.cli(config, "", "user", "disable", "--email", EMAIL);
        assertEquals(102, nodes.get(1).expireSessionSignedByApp(second).errorCode());
        assertFalse(logsIn(nodes.get(1), "second"));

        SqliteNodes.cli(config, "", "user", "enable", "--email", EMAIL);
        NodeClient.Session third = session(nodes.get(1), "second");
        SqliteNodes.cli(config, "", "user", "remove", "--email", EMAIL);
        assertEquals(102, nodes.get(0).expireSessionSignedByApp(third).errorCode());
        assertFalse(logsIn(nodes.get(0), "second"));
    }

    private static NodeClient.Session session(NodeClient node, String password) {
        String token = node.createToken();
        assertTrue(logsInWith(node, token, password), "login refused");
        return node.getSession(token).session();
    }

    private static boolean logsIn(NodeClient node, String password) {
        return logsInWith(node, node.createToken(), password);
    }

    private static boolean logsInWith(NodeClient node, String token, String password) {
        NodeClient.LoginForm form = node.openLogin(token);
        return node.submitLogin(form, token, EMAIL, password).body().contains("Login successful");
    }
}
