package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restauth.store.redis.RedisServer;

/**
 * The two probes of a server process on Redis (docs/operations.md): liveness never depends on the store,
 * readiness is the store's reachability; both follow Redis going away and coming back without a restart.
 */
class ProbesTest {
    private static final Duration RECOVERY = Duration.ofSeconds(5);

    private static RedisServer redis;
    private static ServerNode node;
    private static NodeClient client;

    @BeforeAll
    static void start() {
        redis = RedisServer.started();
        node = ServerNode.started(TestNodes.onRedis(redis.uri()));
        client = new NodeClient(node.base());
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void probes_redisStoppedThenRestarted_livenessStaysUpReadinessFollowsRedis() throws Exception {
        assertStatus("/health/liveness", 200, "UP");
        assertStatus("/health/readiness", 200, "UP");

        redis.kill();
        assertStatus("/health/liveness", 200, "UP");
        assertStatus("/health/readiness", 503, "DOWN");
        assertEquals("DOWN", client.get("/health/readiness").json().at("/details/store/status").asText());

        redis.start();
        awaitReady();
        assertStatus("/health/liveness", 200, "UP");
        assertStatus("/health/readiness", 200, "UP");
    }

    @Test
    void liveness_anyState_namesNoStore() {
        NodeClient.Answer liveness = client.get("/health/liveness");

        assertEquals(200, liveness.status(), liveness.body());
        assertEquals(false, liveness.json().at("/details").has("store"), liveness.body());
    }

    private static void assertStatus(String path, int status, String word) {
        NodeClient.Answer answer = client.get(path);
        assertEquals(status, answer.status(), path + ": " + answer.body());
        assertEquals(word, answer.json().get("status").asText(), path + ": " + answer.body());
    }

    /** The node reconnects by itself, on its next use of Redis; bounded, never a fixed wait. */
    private static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (client.get("/health/readiness").status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
