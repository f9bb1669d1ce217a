package org.restauth.server.config;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An unknown {@code restauth.*} key stops the start, naming the key and the known key nearest to it. */
class SettingsCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "restauth.user-file               | restauth.users-file",
            "restauth.stor                    | restauth.store",
            "restauth.apps.tool.secrte        | restauth.apps.tool.secret",
            "restauth.login.csrfkey           | restauth.login.csrf-key",
            "restauth.api.rate-limit.brust    | restauth.api.rate-limit.burst",
            "restauth.sqlite.pth              | restauth.sqlite.path"})
    void start_unknownKey_failsNamingItAndTheNearestKnownKey(String key, String nearest) {
        Map<String, Object> props = base();
        props.put(key, "x");

        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> ApplicationContext.run(EmbeddedServer.class, props).close());

        assertEquals("unknown setting " + key + ": did you mean " + nearest + "?", configurationMessage(failure));
    }

    @Test
    void start_knownKeysInEveryForm_starts() {
        Map<String, Object> props = base();
        props.put("restauth.login.csrfKey", "a-csrf-key-of-at-least-thirty-two-characters");
        props.put("restauth.api.rate-limit.burst", "10");
        props.put("restauth.apps.tool.display-name", "Tool");
        props.put("restauth.demo", "false");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props)) {
            assertTrue(server.isRunning());
        }
    }

    @Test
    void knownSettings_ofTheServer_holdsPropertiesClassesAndValueKeys() {
        try (ApplicationContext context = ApplicationContext.run()) {
            KnownSettings known = KnownSettings.of(context);

            assertTrue(known.knows("restauth.token.max-live-per-app"), known.keys().toString());
            assertTrue(known.knows("restauth.apps.any-name.callback-url"), known.keys().toString());
            assertTrue(known.knows("restauth.users-file"));
            assertFalse(known.knows("restauth.apps.tool.api-keys"));
            assertFalse(known.knows("restauth.token"));
        }
    }

    @Test
    void check_unknownVariable_namesTheNearestVariable() {
        try (ApplicationContext context = ApplicationContext.run()) {
            KnownSettings known = KnownSettings.of(context);
            SettingsCheck.check(known, "RESTAUTH_APPS_MY_TOOL_SECRET", true);
            SettingsCheck.check(known, "PATH", true);

            ConfigurationException failure = assertThrows(ConfigurationException.class,
                    () -> SettingsCheck.check(known, "RESTAUTH_USER_FILE", true));

            assertEquals("unknown setting RESTAUTH_USER_FILE: did you mean RESTAUTH_USERS_FILE?", failure.getMessage());
        }
    }

    private static Map<String, Object> base() {
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        props.put("restauth.apps.tool.api-key", "tooltooltooltooltooltooltooltool");
        props.put("restauth.apps.tool.secret", "toolsecrettoolsecrettoolsecret00");
        return props;
    }

    private static String configurationMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
