package org.restauth.server.login;

import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginAssertions.assertSessionFor;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Successful logins never count against anyone (issue 11): one person logging in to app after app, and a
 * whole office behind one address, all get in with the default limits.
 */
@MicronautTest(environments = "apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginSuccessesTest implements TestPropertyProvider {
    private static final int PEOPLE = 30;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "restauth.users-file", TestPeople.crowdFile(PEOPLE));
    }

    @Test
    void scriptedLogin_onePersonFiftyTimesFromOneAddress_allSucceed() {
        LoginClient client = new LoginClient(server.getURI());
        for (int i = 0; i < 50; i++) {
            String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

            assertPage(client.scriptedLogin(DESKTOP_KEY, token, TestPeople.crowdEmail(0), TestPeople.crowdPassword(0)),
                    200, "Login successful");
            assertSessionFor(9001, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
        }
    }

    @Test
    void scriptedLogin_thirtyPeopleFromOneAddress_allSucceed() {
        for (int i = 0; i < PEOPLE; i++) {
            LoginClient client = new LoginClient(server.getURI());
            String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

            assertPage(client.scriptedLogin(DESKTOP_KEY, token, TestPeople.crowdEmail(i), TestPeople.crowdPassword(i)),
                    200, "Login successful");
            assertSessionFor(9001 + i, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
        }
    }
}
