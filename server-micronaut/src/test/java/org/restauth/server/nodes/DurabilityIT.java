package org.restauth.server.nodes;

import org.restauth.store.redis.RedisServer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With {@code appendfsync always}, what a node acknowledged survives kill -9 of the node and of Redis:
 * approved tokens can still be exchanged and sessions still work on a freshly started node.
 */
class DurabilityIT {
    private RedisServer redis;
    private ServerNode node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void tokenAndSession_nodeAndRedisKilled_stillWorkAfterRestart() throws Exception {
        redis = RedisServer.startedDurable();
        node = ServerNode.startedFromJar(TestNodes.onRedis(redis.uri()));
        NodeClient client = new NodeClient(node.base());
        String approvedToken = client.createToken();
        TestLogin.approve(client, approvedToken);
        String sessionToken = client.createToken();
        TestLogin.approve(client, sessionToken);
        NodeClient.Session session = client.getSession(sessionToken).session();

        node.kill();
        redis.kill();
        redis.start();
        node.start();
        node.awaitUp();

        NodeClient.Answer exchanged = client.getSession(approvedToken);
        assertEquals(Long.toString(TestNodes.UID), exchanged.json().get("uid").asText(), exchanged.body());
        assertEquals("\"" + session.secret() + "\"", client.promoteSession(session).body());
        assertEquals("true", client.expireSession(session).body());
    }
}
