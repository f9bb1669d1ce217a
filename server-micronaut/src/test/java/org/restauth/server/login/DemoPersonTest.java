package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginAssertions.assertSessionFor;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In demo mode without {@code restauth.users-file} a demo person is made and printed; with a broken file the start
 * stops.
 */
class DemoPersonTest {
    private static final Pattern PASSWORD = Pattern.compile("(?m)^  password: ([A-Za-z0-9]{16,})$");

    @Test
    void start_noUsersFile_printsDemoPersonWhoCanLogIn() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (EmbeddedServer server = startCapturing(captured, "apps")) {
            String printed = captured.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("  email:    demo@example.com" + System.lineSeparator()), printed);
            LoginClient client = new LoginClient(server.getURI());
            String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

            assertPage(client.scriptedLogin(DESKTOP_KEY, token, "demo@example.com", group(PASSWORD, printed)), 200,
                    "Login successful");
            assertSessionFor(1000, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
        }
    }

    @Test
    void start_twice_demoPasswordsDiffer() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (EmbeddedServer a = startCapturing(first); EmbeddedServer b = startCapturing(second)) {
            assertNotEquals(group(PASSWORD, first.toString(StandardCharsets.UTF_8)),
                    group(PASSWORD, second.toString(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void start_usersFileNotJson_stopsNamingTheKey() throws IOException {
        Path broken = Files.createTempFile("restauth-users", ".json");
        Files.writeString(broken, "not json");
        try {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(
                    EmbeddedServer.class, Map.of("micronaut.server.port", -1, "restauth.users-file", broken.toString())));
            assertTrue(causes(failure).contains("restauth.users-file cannot be read: users file " + broken),
                    causes(failure));
        } finally {
            Files.deleteIfExists(broken);
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }

    /** The demo block is printed to System.out at start; capture exactly that. */
    private static EmbeddedServer startCapturing(ByteArrayOutputStream into, String... environments) {
        PrintStream original = System.out;
        System.setOut(new PrintStream(into, true, StandardCharsets.UTF_8));
        try {
            return ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1, "restauth.demo", true),
                    environments);
        } finally {
            System.setOut(original);
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), "not printed: " + pattern + " in:\n" + text);
        return matcher.group(1);
    }
}
