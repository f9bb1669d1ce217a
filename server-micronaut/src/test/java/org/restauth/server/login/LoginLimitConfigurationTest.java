package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restauth.server.config.StartFailure;

/** A bad login limit stops the start with a message naming the key to fix. */
class LoginLimitConfigurationTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "restauth.login.email.max-failures   | 0   | restauth.login.email.max-failures must be at least 1 (or switch the limit off with enabled=false)",
            "restauth.login.address.max-failures | -3  | restauth.login.address.max-failures must be at least 1 (or switch the limit off with enabled=false)",
            "restauth.login.email.window         | 0s  | restauth.login.email.window must be a duration of at least 1s, such as 15m",
            "restauth.login.address.lockout      | 0s  | restauth.login.address.lockout must be a duration of at least 1s, such as 15m",
            "restauth.login.email.max-lockout    | 30s | restauth.login.email.max-lockout must not be shorter than"
                    + " restauth.login.email.lockout"})
    void start_badLoginLimit_failsNamingTheKey(String key, String value, String message) {
        Map<String, Object> props = new HashMap<>(Map.of("micronaut.server.port", -1,
                "restauth.users-file", TestPeople.usersFile()));
        props.put(key, value);

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(EmbeddedServer.class, props).close());

        // the line the launcher prints
        assertEquals(message, StartFailure.configurationProblem(failure).orElseThrow());
    }
}
