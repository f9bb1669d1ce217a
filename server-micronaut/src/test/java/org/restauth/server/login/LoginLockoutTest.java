package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.restauth.server.login.LoginAssertions.assertLoginHeaders;
import static org.restauth.server.login.LoginAssertions.assertNotApproved;
import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginAssertions.assertSessionFor;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.TestPeople.crowdEmail;
import static org.restauth.server.login.TestPeople.crowdPassword;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The per-email lockout with the default limits (5 failures in 15 minutes: 1 minute, doubling), on a server
 * whose clock the test moves: no test waits. Each test has people of its own (the counters outlive a test).
 */
@MicronautTest(environments = "apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginLockoutTest implements TestPropertyProvider {
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private static final String INCORRECT = "Incorrect email or password.";

    @Inject
    EmbeddedServer server;

    @MockBean(Clock.class)
    Clock clock() {
        return CLOCK;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("micronaut.server.port", "-1", "restauth.users-file", TestPeople.crowdFile(3));
    }

    private static void failTimes(LoginClient client, String token, String email, int times) {
        for (int i = 0; i < times; i++) {
            assertPage(client.scriptedLogin(DESKTOP_KEY, token, email, "wrong guess " + i), 200, INCORRECT);
        }
    }

    private static void assertWaitPage(HttpResponse<String> response, String words, long seconds) {
        assertPage(response, 429, "<p>Too many failed logins. Try again in " + words + ".</p>");
        assertEquals(Optional.of(Long.toString(seconds)), response.headers().firstValue("Retry-After"));
        assertLoginHeaders(response, false);
    }

    @Test
    void post_fiveWrongPasswords_sixthWithRightPasswordWaitsUntilTheClockMoves() {
        LoginClient client = new LoginClient(server.getURI());
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        failTimes(client, token, crowdEmail(0), 5);

        String probe = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        assertWaitPage(client.scriptedLogin(DESKTOP_KEY, probe, crowdEmail(0), crowdPassword(0)), "1 minute", 60);
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, probe));
        CLOCK.advance(Duration.ofSeconds(59));
        assertWaitPage(client.scriptedLogin(DESKTOP_KEY, token, crowdEmail(0), crowdPassword(0)), "1 minute", 1);

        LoginClient colleague = new LoginClient(server.getURI());
        String colleaguesToken = colleague.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        assertPage(colleague.scriptedLogin(DESKTOP_KEY, colleaguesToken, crowdEmail(1), crowdPassword(1)), 200,
                "Login successful");

        CLOCK.advance(Duration.ofSeconds(1));
        assertPage(client.scriptedLogin(DESKTOP_KEY, token, crowdEmail(0), crowdPassword(0)), 200, "Login successful");
        assertSessionFor(9001, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void post_afterASuccess_countStartsAgainAndTheLockoutIsTheFirstAgain() {
        LoginClient client = new LoginClient(server.getURI());
        String email = crowdEmail(2);
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        failTimes(client, token, email.toUpperCase(Locale.ROOT), 4);
        assertPage(client.scriptedLogin(DESKTOP_KEY, token, email, crowdPassword(2)), 200, "Login successful");

        String next = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        failTimes(client, next, email, 4);
        assertPage(client.scriptedLogin(DESKTOP_KEY, next, email, crowdPassword(2)), 200, "Login successful");

        String third = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        failTimes(client, third, email, 5);
        assertWaitPage(client.scriptedLogin(DESKTOP_KEY, third, email, crowdPassword(2)), "1 minute", 60);
        CLOCK.advance(Duration.ofMinutes(1));
        assertPage(client.scriptedLogin(DESKTOP_KEY, third, email, crowdPassword(2)), 200, "Login successful");
    }

    @Test
    void post_repeatedLockouts_waitDoublesAndSaysSo() {
        LoginClient client = new LoginClient(server.getURI());
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String email = "nobody@example.com";
        failTimes(client, token, email, 5);
        assertWaitPage(client.scriptedLogin(DESKTOP_KEY, token, email, "sixth"), "1 minute", 60);

        CLOCK.advance(Duration.ofMinutes(1));
        failTimes(client, token, email, 5);
        assertWaitPage(client.scriptedLogin(DESKTOP_KEY, token, email, "sixth"), "2 minutes", 120);

        CLOCK.advance(Duration.ofSeconds(61));
        assertWaitPage(client.scriptedLogin(DESKTOP_KEY, token, email, "again"), "1 minute", 59);
    }
}
