package org.restauth.server.login;

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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code restauth.token.lifetime} of 1s: a form left open past it cannot approve the token. */
@MicronautTest(environments = "apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginExpiryTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "restauth.users-file", TestPeople.usersFile(),
                "restauth.token.lifetime", "1s", MovableClock.PROPERTY, "true");
    }

    @Test
    void post_tokenExpiredWhileFormOpen_invalidLinkPageAndNothingApproved() {
        LoginClient client = new LoginClient(server.getURI());
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        HttpResponse<String> form = client.get(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", token));
        MovableClock.of(server.getApplicationContext()).advance(Duration.ofMillis(1300)); // just past the lifetime

        HttpResponse<String> late = client.post(List.of(p("api_key", DESKTOP_KEY), p("v", "1.0"),
                p("auth_token", token), p("email", ALICE), p("pass", ALICE_PASSWORD)));
        HttpResponse<String> reopened = client.get(p("api_key", DESKTOP_KEY), p("auth_token", token));

        assertPage(form, 200, "wants to use your account");
        assertPage(late, 400, "This login link has expired");
        assertPage(reopened, 400, "This login link has expired");
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }
}
