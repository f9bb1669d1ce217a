package org.restauth.server.login;

import static org.restauth.server.login.LoginAssertions.assertNotApproved;
import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;
import static org.restauth.server.login.TestPeople.BOB;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code restauth.login.email.*} and {@code restauth.login.address.*} are read: 2 failures lock an email for
 * 3 minutes; the address budget is switched off, so failures over many emails lock no one else.
 */
@MicronautTest(environments = "apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginLimitsTest implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "restauth.users-file", TestPeople.usersFile(),
                "restauth.login.email.max-failures", "2",
                "restauth.login.email.lockout", "150s",
                "restauth.login.address.enabled", "false");
    }

    @Test
    void post_configuredMaxFailuresReached_waitPageWithConfiguredLockout() {
        LoginClient client = new LoginClient(server.getURI());
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        assertPage(client.scriptedLogin(DESKTOP_KEY, token, ALICE, "guess one"), 200, "Incorrect email or password.");
        assertPage(client.scriptedLogin(DESKTOP_KEY, token, ALICE, "guess two"), 200, "Incorrect email or password.");

        assertPage(client.scriptedLogin(DESKTOP_KEY, token, ALICE, ALICE_PASSWORD), 429,
                "<p>Too many failed logins. Try again in 3 minutes.</p>");
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void post_addressBudgetOff_failuresOverManyEmailsLockOnlyThoseEmails() {
        LoginClient client = new LoginClient(server.getURI());
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        for (int i = 0; i < 60; i++) {
            client.scriptedLogin(DESKTOP_KEY, token, "guess" + i + "@example.com", "wrong");
        }

        assertPage(client.scriptedLogin(DESKTOP_KEY, token, BOB, "typo"), 200, "Incorrect email or password.");
    }
}
