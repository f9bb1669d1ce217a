package org.restauth.server.login;

import static org.restauth.server.login.LoginAssertions.assertLoginHeaders;
import static org.restauth.server.login.LoginAssertions.assertNotApproved;
import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.LoginClient.p;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code restauth.login.rate-limit.*} of 2 and a trickle: the third attempt is refused, right password or not. */
@MicronautTest(environments = "apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginLimitsTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "restauth.users-file", TestPeople.usersFile(),
                "restauth.login.rate-limit.burst", "2",
                "restauth.login.rate-limit.per-second", "0.001");
    }

    @Test
    void post_pastBurst_tooManyAttemptsPage429AndNothingApproved() {
        LoginClient client = new LoginClient(server.getURI());
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        HttpResponse<String> first = client.scriptedLogin(DESKTOP_KEY, token, ALICE, "guess one");
        HttpResponse<String> second = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", "guess two")));

        HttpResponse<String> third = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", ALICE_PASSWORD)));

        assertPage(first, 200, "Incorrect email or password.");
        assertPage(second, 200, "Incorrect email or password.");
        assertPage(third, 429, "<p>Too many attempts, try again later.</p>");
        assertLoginHeaders(third, false);
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }
}
