package org.restauth.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.Calls.p;
import static org.restauth.server.Calls.signed;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.PersonStore;
import org.restauth.server.config.StartFailure;

/** {@code restauth.*} configuration: what it changes, and a clear refusal to start on a bad value. */
class ConfigurationTest {
    private static final String APP = "restauth.apps.tool.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no secret              | restauth.apps.tool.secret is missing",
            "no api key             | restauth.apps.tool.api-key is missing",
            "web without callback   | restauth.apps.tool.callback-url is required for a web application (the login page sends the person back there)",
            "bad type               | restauth.apps.tool.type must be desktop or web",
            "relative callback      | restauth.apps.tool.callback-url must be an absolute http(s) URL",
            "zero rate-limit burst  | restauth.api.rate-limit.burst must be at least 1 (or switch the limit off with enabled=false)",
            "zero max params        | restauth.api.max-params must be at least 1",
            "bad session lifetime   | restauth.session.lifetime must be a duration such as 24h, or 0 for never",
            "zero token cap         | restauth.token.max-live must be at least 1",
            "zero token lifetime    | restauth.token.lifetime must be a positive duration such as 60m",
            "relative profile base  | restauth.identity.profile-url-base must be an absolute http(s) URL",
            "short csrf key         | restauth.login.csrf-key must be at least 32 characters (or unset: each node then makes its own)",
            "not a redis uri        | restauth.redis.uri must be a Redis URI such as redis://127.0.0.1:6379 (or rediss://, with an optional password and database: redis://:password@host:6379/0)",
            "zero redis timeout     | restauth.redis.timeout must be a positive duration such as 500ms"})
    void start_badConfiguration_failsNamingTheKey(String problem, String message) {
        Map<String, Object> props = validApp();
        switch (problem) {
            case "no secret" -> props.remove(APP + "secret");
            case "no api key" -> props.remove(APP + "api-key");
            case "web without callback" -> props.put(APP + "type", "web");
            case "bad type" -> props.put(APP + "type", "mobile");
            case "relative callback" -> props.put(APP + "callback-url", "/after-login");
            case "zero rate-limit burst" -> props.put("restauth.api.rate-limit.burst", "0");
            case "zero max params" -> props.put("restauth.api.max-params", "0");
            case "bad session lifetime" -> props.put("restauth.session.lifetime", "soon");
            case "zero token cap" -> props.put("restauth.token.max-live", "0");
            case "zero token lifetime" -> props.put("restauth.token.lifetime", "0s");
            case "relative profile base" -> props.put("restauth.identity.profile-url-base", "/people/");
            case "short csrf key" -> props.put("restauth.login.csrf-key", "shortcsrfkeyshortcsrfkey");
            case "not a redis uri" -> props.put("restauth.redis.uri", "http://:toolsecrettoolsecrettoolsecret00@host");
            case "zero redis timeout" -> props.put("restauth.redis.timeout", "0ms");
            default -> throw new IllegalArgumentException(problem);
        }

        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(props).close());

        String messages = messages(failure);
        // the line the launcher prints
        assertEquals(message, StartFailure.configurationProblem(failure).orElseThrow(), messages);
        assertFalse(messages.contains("toolsecrettoolsecrettoolsecret00"), "a secret reached an exception message");
        assertFalse(messages.contains("shortcsrfkeyshortcsrfkey"), "a key reached an exception message");
    }

    @Test
    void start_sameApiKeyTwice_failsNamingBothApplications() {
        Map<String, Object> props = validApp();
        props.put("restauth.apps.other.api-key", props.get(APP + "api-key"));
        props.put("restauth.apps.other.secret", "othersecret");

        String messages = messages(assertThrows(RuntimeException.class, () -> start(props).close()));

        assertTrue(messages.contains("restauth.apps.other.api-key: the same api key as restauth.apps.tool.api-key")
                || messages.contains("restauth.apps.tool.api-key: the same api key as restauth.apps.other.api-key"), messages);
    }

    @Test
    void sessionLifetime_zero_grantsSessionsThatNeverExpire() {
        Map<String, Object> props = validApp();
        props.put("restauth.session.lifetime", "0");
        try (EmbeddedServer server = start(props)) {
            ApiClient client = new ApiClient(server.getURI());
            Matcher token = Expected.TOKEN_XML.matcher(client.get("/restserver.php",
                    signed("toolsecrettoolsecrettoolsecret00", p("method", "auth.createToken"), p("api_key", "tooltooltooltooltooltooltooltool"))).body());
            assertTrue(token.matches());
            // getSession makes sessions only for people the store knows (and not disabled)
            KnownPeople.ensure(server.getApplicationContext().getBean(PersonStore.class), 42);
            server.getApplicationContext().getBean(TokenStore.class)
                    .approve(token.group(1), "tooltooltooltooltooltooltooltool", 42, Instant.now());

            ApiClient.Answer session = client.get("/restserver.php", signed("toolsecrettoolsecrettoolsecret00",
                    p("method", "auth.getSession"), p("api_key", "tooltooltooltooltooltooltooltool"),
                    p("auth_token", token.group(1)), p("format", "json")));

            assertTrue(session.body().matches("\\{\"session_key\":\"[0-9a-f]+-42\",\"uid\":\"42\",\"expires\":0,"
                    + "\"secret\":\"[0-9a-f]{32}\"}"), session.body());
        }
    }

    @Test
    void tokenLifetime_configured_isUsedForNewTokens() {
        Map<String, Object> props = validApp();
        props.put("restauth.token.lifetime", "5m");
        try (EmbeddedServer server = start(props)) {
            assertEquals(Duration.ofMinutes(5),
                    server.getApplicationContext().getBean(TokenPolicy.class).lifetime());
        }
    }

    private static Map<String, Object> validApp() {
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        props.put(APP + "api-key", "tooltooltooltooltooltooltooltool");
        props.put(APP + "secret", "toolsecrettoolsecrettoolsecret00");
        return props;
    }

    private static EmbeddedServer start(Map<String, Object> props) {
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
