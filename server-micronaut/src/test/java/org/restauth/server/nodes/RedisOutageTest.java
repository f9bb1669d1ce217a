package org.restauth.server.nodes;

import org.restauth.store.redis.RedisServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A server process whose Redis dies or stalls: every call answers HTTP 200 with error 2 within about the
 * timeout, the login page asks the person to retry, /health says DOWN (503), and all recover by themselves
 * once Redis is back, without a restart.
 */
class RedisOutageTest {
    /** Well above the 500 ms timeout, well below what a client would take for a hang. */
    private static final Duration PROMPT = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(5);

    private static RedisServer redis;
    private static ServerNode node;
    private static NodeClient client;

    @BeforeAll
    static void start() {
        redis = RedisServer.started();
        Map<String, String> props = TestNodes.onRedis(redis.uri());
        props.put("restauth.redis.timeout", "500ms");
        node = ServerNode.started(props);
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

    @AfterEach
    void redisRunningAgain() throws Exception {
        assertWorks(); // each test leaves Redis up, and the node must have noticed by itself
    }

    @Test
    void createToken_redisKilledThenRestarted_error2ThenWorksAgain() throws Exception {
        assertWorks();

        redis.kill();
        assertUnavailable();

        redis.start();
        assertWorks();
    }

    @Test
    void createToken_redisStalled_error2WithinTimeoutThenWorksAgain() throws Exception {
        redis.pause();
        try {
            assertUnavailable();
        } finally {
            redis.resume();
        }
        assertWorks();
    }

    private static void assertUnavailable() {
        for (int call = 1; call <= 3; call++) {
            NodeClient.Answer answer = client.createTokenAnswer();
            assertEquals(200, answer.status(), answer.body());
            assertEquals(2, answer.errorCode(), answer.body());
            assertEquals("Service temporarily unavailable", answer.json().get("error_msg").asText());
            assertTrue(answer.took().compareTo(PROMPT) < 0, "call " + call + " took " + answer.took());
        }
        NodeClient.Answer login = client.openLogin("0123456789abcdef0123456789abcdef").page();
        assertEquals(503, login.status(), login.body());
        assertTrue(login.body().contains("The login service is temporarily unavailable, please retry in a moment."),
                login.body());
        assertTrue(login.took().compareTo(PROMPT) < 0, "login.php took " + login.took());
        NodeClient.Answer health = client.health();
        assertEquals(503, health.status(), health.body());
        assertEquals("DOWN", health.json().get("status").asText(), health.body());
        assertEquals("DOWN", health.json().at("/details/store/status").asText(), health.body());
        assertTrue(health.took().compareTo(PROMPT) < 0, "/health took " + health.took());
    }

    /** Recovery is by itself but not instantaneous: the node reconnects on the first call after Redis is back. */
    private static void assertWorks() throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        NodeClient.Answer answer = client.createTokenAnswer();
        while (!answer.body().startsWith("\"") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            answer = client.createTokenAnswer();
        }
        assertEquals(32, answer.json().asText().length(), "no recovery within " + RECOVERY + ": " + answer.body());
        NodeClient.Answer health = client.health();
        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().get("status").asText(), health.body());
    }
}
