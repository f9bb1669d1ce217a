package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionStore;
import org.restauth.store.redis.RedisSessionStore;
import org.restauth.server.store.ApiCalls;
import org.restauth.server.store.StateStore;
import org.restauth.server.config.StartFailure;

/** {@code restauth.store} and {@code restauth.redis.*}: what they select, and a clear refusal of bad values. */
class StoreConfigurationTest {
    private static final String PASSWORD = "hunter2hunter2hunter2";

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "restauth.store         | disk                        | restauth.store must be sqlite, memory or redis",
            "restauth.redis.uri     | http://127.0.0.1:6379       | restauth.redis.uri must be a Redis URI such as redis://127.0.0.1:6379",
            "restauth.redis.uri     | redis://:" + PASSWORD + "@[::1 | restauth.redis.uri must be a Redis URI such as redis://127.0.0.1:6379",
            "restauth.redis.timeout | soon                        | restauth.redis.timeout must be a duration such as 500ms, 15m or 24h",
            "restauth.redis.timeout | 0s                          | restauth.redis.timeout must be a positive duration such as 500ms"})
    void start_badStoreSetting_failsNamingTheKey(String key, String value, String message) {
        Map<String, Object> props = redisProps("redis://127.0.0.1:1");
        props.put(key, value);

        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(props).close());

        String messages = messages(failure);
        // the line the launcher prints
        assertTrue(StartFailure.configurationProblem(failure).orElseThrow().startsWith(message), messages);
        assertFalse(messages.contains(PASSWORD), "the Redis password reached an exception message");
    }

    @Test
    void start_noStoreSetting_keepsStateInMemory() {
        Map<String, Object> props = redisProps("redis://127.0.0.1:1");
        props.remove("restauth.store");
        try (EmbeddedServer server = start(props)) {
            assertEquals("memory", server.getApplicationContext().getBean(StateStore.class).kind());
            assertEquals(InMemorySessionStore.class, server.getApplicationContext().getBean(SessionStore.class).getClass());
            assertFalse(server.getApplicationContext().getBean(ApiCalls.class).pooled());
        }
    }

    /** The value is trimmed and read in any case, and the call path follows the stores it chose. */
    @Test
    void start_storeMemoryInAnyCase_runsCallsOnTheEventLoop() {
        Map<String, Object> props = redisProps("redis://127.0.0.1:1");
        props.put("restauth.store", " Memory ");
        try (EmbeddedServer server = start(props)) {
            assertEquals("memory", server.getApplicationContext().getBean(StateStore.class).kind());
            assertFalse(server.getApplicationContext().getBean(ApiCalls.class).pooled());
        }
    }

    @Test
    void start_redisStoreWhileRedisIsDown_startsWithRedisStores() {
        try (EmbeddedServer server = start(redisProps("redis://127.0.0.1:1"))) {
            assertEquals("redis", server.getApplicationContext().getBean(StateStore.class).kind());
            assertEquals(RedisSessionStore.class, server.getApplicationContext().getBean(SessionStore.class).getClass());
            assertTrue(server.getApplicationContext().getBean(ApiCalls.class).pooled());
        }
    }

    static Map<String, Object> redisProps(String uri) {
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        props.put("restauth.store", "redis");
        props.put("restauth.redis.uri", uri);
        props.put("restauth.apps.demo.api-key", TestNodes.API_KEY);
        props.put("restauth.apps.demo.secret", TestNodes.SECRET);
        return props;
    }

    static EmbeddedServer start(Map<String, Object> props) {
        return ApplicationContext.run(EmbeddedServer.class, props);
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
