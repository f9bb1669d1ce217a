package org.restauth.server;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.Calls.p;
import static org.restauth.server.Calls.signed;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** In demo mode with no application configured, the server makes a demo one and prints how to call it. */
class DemoApplicationTest {
    private static final Pattern KEY = Pattern.compile("(?m)^  api_key: ([0-9a-f]{32})$");
    private static final Pattern SECRET = Pattern.compile("(?m)^  secret:  ([0-9a-f]{32})$");
    private static final Pattern CURL = Pattern.compile("(?m)^  curl '(http://[^']+)'$");

    @Test
    void start_noApplicationConfigured_printsDemoKeyAndSecretThatCreateTokens() {
        String printed;
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (EmbeddedServer server = startCapturing(captured, original)) {
            printed = captured.toString(StandardCharsets.UTF_8);
            String apiKey = group(KEY, printed);
            String secret = group(SECRET, printed);
            ApiClient client = new ApiClient(server.getURI());

            ApiClient.Answer signedByUs = client.get("/restserver.php",
                    signed(secret, p("method", "facebook.auth.createToken"), p("api_key", apiKey), p("v", "1.0")));
            ApiClient.Answer printedCurl = client.getRaw(group(CURL, printed).substring(server.getURL().toString().length()));

            assertTrue(Expected.TOKEN_XML.matcher(signedByUs.body()).matches(), signedByUs.body());
            assertTrue(Expected.TOKEN_XML.matcher(printedCurl.body()).matches(), printedCurl.body());
        }
    }

    @Test
    void start_twice_demoKeysDiffer() {
        PrintStream original = System.out;
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (EmbeddedServer a = startCapturing(first, original); EmbeddedServer b = startCapturing(second, original)) {
            assertNotEquals(group(KEY, first.toString(StandardCharsets.UTF_8)), group(KEY, second.toString(StandardCharsets.UTF_8)));
            assertNotEquals(group(SECRET, first.toString(StandardCharsets.UTF_8)), group(SECRET, second.toString(StandardCharsets.UTF_8)));
        }
    }

    /** The demo block is printed to System.out at start; capture exactly that. */
    private static EmbeddedServer startCapturing(ByteArrayOutputStream into, PrintStream original) {
        System.setOut(new PrintStream(into, true, StandardCharsets.UTF_8));
        try {
            return ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1, "restauth.demo", true));
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
