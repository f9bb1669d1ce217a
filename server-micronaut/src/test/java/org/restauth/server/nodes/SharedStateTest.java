package org.restauth.server.nodes;

import org.restauth.store.redis.RedisServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code restauth.store=redis}, rate limits are shared by the nodes (a client gets the configured rate
 * in total, not per node), and a stopping node closes its Redis connection. Two servers in this JVM: what is
 * checked is where the state lives, which separate processes would not change.
 */
class SharedStateTest {
    private static RedisServer redis;

    @BeforeAll
    static void start() {
        redis = RedisServer.started();
    }

    @AfterAll
    static void stop() throws Exception {
        redis.close();
    }

    @Test
    void createToken_pastBurstSpreadOverTwoNodes_error4() {
        Map<String, Object> props = StoreConfigurationTest.redisProps(redis.uri());
        props.put("restauth.api.rate-limit.burst", "2");
        props.put("restauth.api.rate-limit.per-second", "0.001");
        try (EmbeddedServer a = StoreConfigurationTest.start(props); EmbeddedServer b = StoreConfigurationTest.start(props)) {
            assertEquals(32, new NodeClient(a.getURI()).createToken().length());
            assertEquals(32, new NodeClient(b.getURI()).createToken().length());

            NodeClient.Answer third = new NodeClient(a.getURI()).createTokenAnswer();

            assertEquals(4, third.errorCode(), third.body());
            assertEquals("Application request limit reached", third.json().get("error_msg").asText());
        }
    }

    @Test
    void login_failuresSpreadOverTwoNodes_countedTogether() {
        Map<String, Object> props = StoreConfigurationTest.redisProps(redis.uri());
        props.putAll(TestNodes.onRedis(redis.uri()));
        props.put("restauth.login.email.max-failures", "2");
        try (EmbeddedServer a = StoreConfigurationTest.start(props); EmbeddedServer b = StoreConfigurationTest.start(props)) {
            NodeClient nodeA = new NodeClient(a.getURI());
            NodeClient nodeB = new NodeClient(b.getURI());
            String token = nodeA.createToken();
            NodeClient.Answer wrong = nodeA.submitLogin(nodeA.openLogin(token), token, TestNodes.EMAIL, "wrong password");
            assertTrue(wrong.body().contains("Incorrect email or password."), wrong.body());
            NodeClient.Answer again = nodeB.submitLogin(nodeB.openLogin(token), token, TestNodes.EMAIL, "wrong again");
            assertTrue(again.body().contains("Incorrect email or password."), again.body());

            NodeClient.Answer right = nodeA.submitLogin(nodeA.openLogin(token), token, TestNodes.EMAIL, TestNodes.PASSWORD);

            assertEquals(429, right.status(), right.body());
            assertTrue(right.body().contains("Too many failed logins. Try again in 1 minute."), right.body());
        }
    }

    @Test
    void stop_nodeThatUsedRedis_closesItsConnection() throws Exception {
        int before = redis.connectedClients();
        try (EmbeddedServer node = StoreConfigurationTest.start(StoreConfigurationTest.redisProps(redis.uri()))) {
            new NodeClient(node.getURI()).createToken();
            assertEquals(before + 1, redis.connectedClients());
        }
        assertEquals(before, clientsOnceSettled(before));
    }

    /** Redis counts a closed connection out a moment after the client closed it. */
    private static int clientsOnceSettled(int expected) throws Exception {
        int clients = redis.connectedClients();
        for (int poll = 0; poll < 50 && clients != expected; poll++) {
            Thread.sleep(20);
            clients = redis.connectedClients();
        }
        return clients;
    }
}
