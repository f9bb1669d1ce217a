package org.restauth.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restauth.server.config.StartFailure;

/** A bad limit stops the start with a message naming the key to fix. */
class LimitConfigurationTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "restauth.api.rate-limit.per-second         | 2e9 | restauth.api.rate-limit.per-second must be a number above 0, at most 1000000000",
            "restauth.api.max-key-length                | 0   | restauth.api.max-key-length must be at least 1",
            "restauth.api.max-value-length              | -5  | restauth.api.max-value-length must be at least 1",
            "restauth.api.rate-limit.per-second         | 0   | restauth.api.rate-limit.per-second must be a number above 0",
            "restauth.api.address-rate-limit.burst      | 0   | restauth.api.address-rate-limit.burst must be at least 1 (or switch the limit off with enabled=false)",
            "restauth.api.address-rate-limit.per-second | -1  | restauth.api.address-rate-limit.per-second must be a number above 0"})
    void start_badLimit_failsNamingTheKey(String key, String value, String message) {
        Map<String, Object> props = new HashMap<>(Map.of("micronaut.server.port", -1,
                "restauth.apps.tool.api-key", "tooltooltooltooltooltooltooltool",
                "restauth.apps.tool.secret", "toolsecrettoolsecrettoolsecret00"));
        props.put(key, value);

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(EmbeddedServer.class, props).close());

        // the line the launcher prints
        assertEquals(message, StartFailure.configurationProblem(failure).orElseThrow());
    }
}
