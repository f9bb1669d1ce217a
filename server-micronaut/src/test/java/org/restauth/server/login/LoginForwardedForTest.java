package org.restauth.server.login;

import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.LoginClient.p;

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
 * Behind a trusted proxy ({@code restauth.api.trust-forwarded-for=true}) the login attempt limit is per
 * client as the proxy names it in {@code X-Forwarded-For}, not one bucket for everyone behind the proxy.
 */
@MicronautTest(environments = "apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginForwardedForTest implements TestPropertyProvider {
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "restauth.users-file", TestPeople.usersFile(),
                "restauth.api.trust-forwarded-for", "true",
                "restauth.login.rate-limit.burst", "2",
                "restauth.login.rate-limit.per-second", "0.001");
    }

    @Test
    void post_oneForwardedClientPastBurst_onlyThatClientIsRefused() {
        LoginClient client = new LoginClient(server.getURI());
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        client.get(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", token));

        HttpResponse<String> first = attempt(client, token, "one@example.com", "198.51.100.7");
        HttpResponse<String> second = attempt(client, token, "two@example.com", "198.51.100.7");
        HttpResponse<String> third = attempt(client, token, "three@example.com", "198.51.100.7");
        HttpResponse<String> otherClient = attempt(client, token, "four@example.com", "203.0.113.9");

        assertPage(first, 200, "Incorrect email or password.");
        assertPage(second, 200, "Incorrect email or password.");
        assertPage(third, 429, "<p>Too many attempts, try again later.</p>");
        assertPage(otherClient, 200, "Incorrect email or password.");
    }

    private static HttpResponse<String> attempt(LoginClient client, String token, String email, String address) {
        return client.post(List.of(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", token),
                p("email", email), p("pass", "wrong password")), FORWARDED_FOR, "10.0.0.1, " + address);
    }
}
