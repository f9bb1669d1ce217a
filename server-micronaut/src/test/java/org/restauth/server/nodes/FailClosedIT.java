package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server jar started as an operator starts it ({@code java -jar restauth-server.jar}): a misspelled key stops it
 * in one line, and without demo mode it never prints a password or secret (standard output, standard error and
 * the log, which goes to standard error).
 */
class FailClosedIT {
    private static final String LINE = "restauth: cannot start: unknown setting restauth.user-file:"
            + " did you mean restauth.users-file?";
    private static final String STARTED = "Startup completed in ";

    @TempDir
    Path dir;

    @Test
    void start_misspelledUsersFileWithRealApplication_exitsNonZeroNamingTheKey() throws Exception {
        Map<String, String> props = realApplication();
        props.put("restauth.user-file", "/etc/restauth/users.json");

        StartAttempt attempt = StartAttempt.run(props, Map.of());

        assertEquals(2, attempt.exitCode(), attempt.output());
        assertTrue(attempt.output().lines().anyMatch(LINE::equals), attempt.output());
        assertFalse(attempt.output().contains("\tat "), "a stack trace was printed:\n" + attempt.output());
        assertFalse(attempt.output().contains(TestNodes.SECRET), attempt.output());
    }

    @Test
    void start_misspelledEnvironmentVariable_exitsNonZeroNamingIt() throws Exception {
        StartAttempt attempt = StartAttempt.run(realApplication(), Map.of("RESTAUTH_USER_FILE", "/tmp/users.json"));

        assertEquals(2, attempt.exitCode(), attempt.output());
        assertTrue(attempt.output().contains("restauth: cannot start: unknown setting RESTAUTH_USER_FILE:"
                + " did you mean RESTAUTH_USERS_FILE?"), attempt.output());
    }

    /** Checked by hand (an application entry) or by the validation of a settings class: one line either way. */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "restauth.apps.demo.type | mobile | restauth.apps.demo.type must be desktop or web",
            "restauth.token.max-live | 0      | restauth.token.max-live must be at least 1"})
    void start_badValue_exitsInOneLineNamingTheKey(String key, String value, String line) throws Exception {
        Map<String, String> props = realApplication();
        props.put(key, value);

        StartAttempt attempt = StartAttempt.run(props, Map.of());

        assertEquals(2, attempt.exitCode(), attempt.output());
        assertTrue(attempt.output().lines().anyMatch(("restauth: cannot start: " + line)::equals), attempt.output());
        assertFalse(attempt.output().contains("\tat "), attempt.output());
        assertFalse(attempt.output().contains("Validation failed"), attempt.output());
    }

    @Test
    void start_withoutDemoMode_printsNoPasswordOrSecret() throws Exception {
        try (ServerNode withApp = ServerNode.startedFromJar(realApplication());
             ServerNode bare = ServerNode.startedFromJar(Map.of("restauth.sqlite.path",
                     dir.resolve("restauth.db").toString()))) {
            for (ServerNode node : new ServerNode[] {withApp, bare}) {
                node.awaitOutput(STARTED); // after what the start prints, demo credentials included
                assertTrue(node.output().contains(STARTED), node.output());
                assertFalse(printsACredential(node.output()), node.output());
                assertFalse(node.output().contains(TestNodes.SECRET), node.output());
            }
            assertTrue(bare.output().contains("No application configured (restauth.apps.*)"), bare.output());
        }
    }

    @Test
    void start_inDemoMode_printsTheDemoCredentials() throws Exception {
        // the other side of the test above: what it looks for is what demo mode prints
        try (ServerNode demo = ServerNode.startedFromJar(Map.of("restauth.demo", "true", "restauth.store", "memory"))) {
            demo.awaitOutput(STARTED);
            assertTrue(printsACredential(demo.output()), demo.output());
        }
    }

    private static boolean printsACredential(String output) {
        return output.toLowerCase(Locale.ROOT).contains("password:") || output.contains("secret:")
                || output.contains("demo@example.com");
    }

    private static Map<String, String> realApplication() {
        Map<String, String> props = new HashMap<>();
        props.put("restauth.store", "memory");
        props.put("restauth.apps.demo.api-key", TestNodes.API_KEY);
        props.put("restauth.apps.demo.secret", TestNodes.SECRET);
        return props;
    }
}
