package org.restauth.server.login;

import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginAssertions.assertSessionFor;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.LoginClient.p;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;
import static org.restauth.server.login.TestPeople.ALICE_UID;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Behind a trusted proxy ({@code restauth.api.trust-forwarded-for=true}) the per-address failure budget is per
 * client as the proxy names it in {@code X-Forwarded-For}: a script trying many emails from one client locks
 * that client out (default: 50 failures in 15 minutes, then 15 minutes), never everyone behind the proxy.
 */
@MicronautTest(environments = "apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginForwardedForTest implements TestPropertyProvider {
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String SCRIPT = "198.51.100.7";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "restauth.users-file", TestPeople.usersFile(),
                "restauth.api.trust-forwarded-for", "true");
    }

    @Test
    void post_oneClientFailingOverManyEmails_onlyThatClientIsRefused() {
        LoginClient client = new LoginClient(server.getURI());
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        client.get(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", token));
        for (int i = 0; i < 50; i++) {
            assertPage(attempt(client, token, "guess" + i + "@example.com", "wrong password", SCRIPT), 200,
                    "Incorrect email or password.");
        }

        HttpResponse<String> script = attempt(client, token, ALICE, ALICE_PASSWORD, SCRIPT);
        HttpResponse<String> otherClient = attempt(client, token, ALICE, ALICE_PASSWORD, "203.0.113.9");

        assertPage(script, 429, "<p>Too many failed logins. Try again in 15 minutes.</p>");
        assertPage(otherClient, 200, "Login successful");
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    private static HttpResponse<String> attempt(LoginClient client, String token, String email, String password,
                                                String address) {
        return client.post(List.of(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", token),
                p("email", email), p("pass", password)), FORWARDED_FOR, "10.0.0.1, " + address);
    }
}
