package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /health} on one in-process server: the store's reachability, and nothing secret. */
class HealthEndpointTest {
    private static final String PASSWORD = "hunter2hunter2hunter2";

    @Test
    void health_memoryStore_upWith200() {
        Map<String, Object> props = StoreConfigurationTest.redisProps("redis://127.0.0.1:1");
        props.put("restauth.store", "memory");
        try (EmbeddedServer server = StoreConfigurationTest.start(props)) {
            NodeClient.Answer health = new NodeClient(server.getURI()).health();

            assertEquals(200, health.status(), health.body());
            assertEquals("UP", health.json().get("status").asText(), health.body());
            assertEquals("memory", health.json().at("/details/store/details/kind").asText(), health.body());
            assertFalse(health.json().at("/details").has("diskSpace"), "file system paths: " + health.body());
            assertFalse(health.json().at("/details").has("deadlockedThreads"), "thread stacks: " + health.body());
        }
    }

    @Test
    void health_redisUnreachable_downWith503AndNoPassword() {
        String uri = "redis://:" + PASSWORD + "@127.0.0.1:" + FreePort.pick();
        try (EmbeddedServer server = StoreConfigurationTest.start(StoreConfigurationTest.redisProps(uri))) {
            NodeClient.Answer health = new NodeClient(server.getURI()).health();

            assertEquals(503, health.status(), health.body());
            assertEquals("DOWN", health.json().get("status").asText(), health.body());
            assertEquals("DOWN", health.json().at("/details/store/status").asText(), health.body());
            assertEquals("redis", health.json().at("/details/store/details/kind").asText(), health.body());
            assertFalse(health.body().contains(PASSWORD), health.body());
            assertFalse(health.body().contains("127.0.0.1"), health.body());
        }
    }

    @Test
    void otherManagementEndpoints_notServed() {
        try (EmbeddedServer server = StoreConfigurationTest.start(StoreConfigurationTest.redisProps("redis://127.0.0.1:1"))) {
            NodeClient client = new NodeClient(server.getURI());
            for (String path : new String[] {"/env", "/beans", "/loggers", "/routes", "/info", "/threaddump"}) {
                assertEquals(404, client.get(path).status(), path);
            }
        }
    }
}
