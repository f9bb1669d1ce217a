package org.restauth.core.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.crypto.Secret;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.grant.InMemoryGrantStore;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.limit.InMemoryFailureCounter;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenIssuer;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenState;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;

class LoginServiceTest {
    private static final Instant NOW = Instant.ofEpochSecond(1262304000L);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Application DESKTOP =
            Application.desktop("desktopkey", Secret.of("desktopsecret"), "Desktop Client");
    private static final Application WEB = Application.web("webkey", Secret.of("websecret"),
            URI.create("https://app.example/after-login"), "Web App");
    private static final String PASSWORD = "correct horse battery staple";
    private static final InMemoryUserDirectory USERS = InMemoryUserDirectory.of(new User("alice@example.com", 8055,
            PasswordHash.create(PASSWORD.toCharArray(), new SecureRandom(), 1000)));

    private final TokenStore tokens = new InMemoryTokenStore(new TokenPolicy(Duration.ofMinutes(60), 10, 2));
    private final TokenIssuer issuer = new TokenIssuer(tokens, TokenPolicy.DEFAULT, RandomValues.secure(), CLOCK);

    private static final FailureLimit EMAIL_LIMIT =
            new FailureLimit(2, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
    private static final FailureLimit ADDRESS_LIMIT =
            new FailureLimit(3, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));

    private LoginService service(LoginThrottle throttle) {
        return new LoginService(InMemoryApplicationRegistry.of(DESKTOP, WEB), tokens, issuer, USERS, throttle,
                new InMemoryGrantStore(), CLOCK, AuthEvents.NONE);
    }

    private final LoginService login = service(LoginThrottle.NONE);
    /** Room for many approved tokens, for the tests of the throttle. */
    private final TokenStore roomy = new InMemoryTokenStore(new TokenPolicy(Duration.ofMinutes(60), 100, 100));
    private final TokenIssuer roomyIssuer = new TokenIssuer(roomy, TokenPolicy.DEFAULT, RandomValues.secure(), CLOCK);
    private final LoginService throttled = new LoginService(InMemoryApplicationRegistry.of(DESKTOP, WEB), roomy,
            roomyIssuer, USERS, new LoginThrottle(new InMemoryFailureCounter(EMAIL_LIMIT),
            new InMemoryFailureCounter(ADDRESS_LIMIT)), new InMemoryGrantStore(), CLOCK, AuthEvents.NONE);

    private LoginResult approve(LoginService service, Application app, String token, String email, String password) {
        return service.approve(app.apiKey(), token, email, password.toCharArray(), "192.0.2.1");
    }

    private StoredToken peek(String token) {
        return tokens.peek(token, NOW).orElseThrow();
    }

    @Test
    void prepare_desktopAppWithoutToken_isInvalidToken() {
        assertEquals(new LoginResult.Refused(LoginFailure.INVALID_TOKEN, DESKTOP), login.prepare(DESKTOP.apiKey(), null));
        assertEquals(new LoginResult.Refused(LoginFailure.INVALID_TOKEN, DESKTOP), login.prepare(DESKTOP.apiKey(), ""));
    }

    @Test
    void prepare_webAppWithoutToken_issuesANewTokenForIt() {
        LoginResult.Ready ready = assertInstanceOf(LoginResult.Ready.class, login.prepare(WEB.apiKey(), null));

        assertEquals(WEB, ready.app());
        assertTrue(ready.token().matches("[0-9a-f]{32}"));
        assertEquals(new StoredToken(WEB.apiKey(), TokenState.ISSUED, 0, NOW.plus(Duration.ofMinutes(60)).toEpochMilli(), 0),
                peek(ready.token()));
    }

    @Test
    void prepare_webAppWithoutTokenWhenStoreFull_isUnavailable() {
        login.prepare(WEB.apiKey(), null);
        login.prepare(WEB.apiKey(), null);

        assertEquals(new LoginResult.Refused(LoginFailure.UNAVAILABLE, WEB), login.prepare(WEB.apiKey(), null));
    }

    @Test
    void prepare_unknownOrMissingApiKey_isUnknownApplication() {
        String token = issuer.issue(DESKTOP.apiKey());

        assertEquals(new LoginResult.Refused(LoginFailure.UNKNOWN_APPLICATION, null), login.prepare("nokey", token));
        assertEquals(new LoginResult.Refused(LoginFailure.UNKNOWN_APPLICATION, null), login.prepare(null, token));
    }

    @Test
    void prepare_issuedTokenOfTheApp_isReady() {
        String token = issuer.issue(DESKTOP.apiKey());

        assertEquals(new LoginResult.Ready(DESKTOP, token, 0), login.prepare(DESKTOP.apiKey(), token));
    }

    @Test
    void approve_rightCredentials_approvesTokenForThatPerson() {
        String token = issuer.issue(DESKTOP.apiKey());

        LoginResult result = approve(login, DESKTOP, token, "alice@example.com", PASSWORD);

        assertEquals(new LoginResult.Ready(DESKTOP, token, 8055), result);
        assertEquals(TokenState.APPROVED, peek(token).state());
        assertEquals(8055, peek(token).uid());
    }

    @Test
    void approve_emailInOtherCaseWithSpaces_isTheSamePerson() {
        String token = issuer.issue(DESKTOP.apiKey());

        assertInstanceOf(LoginResult.Ready.class, approve(login, DESKTOP, token, "  Alice@Example.COM ", PASSWORD));
    }

    @Test
    void approve_wrongPassword_isBadCredentialsAndApprovesNothing() {
        String token = issuer.issue(DESKTOP.apiKey());

        assertEquals(new LoginResult.Refused(LoginFailure.BAD_CREDENTIALS, DESKTOP),
                approve(login, DESKTOP, token, "alice@example.com", PASSWORD + "!"));
        assertEquals(TokenState.ISSUED, peek(token).state());
    }

    @Test
    void approve_unknownEmail_isBadCredentialsLikeAWrongPassword() {
        String token = issuer.issue(DESKTOP.apiKey());

        assertEquals(new LoginResult.Refused(LoginFailure.BAD_CREDENTIALS, DESKTOP),
                approve(login, DESKTOP, token, "mallory@example.com", PASSWORD));
        assertEquals(TokenState.ISSUED, peek(token).state());
    }

    @Test
    void approve_emailLockedByFailures_refusesRightPasswordWithTheWait() {
        String token = roomyIssuer.issue(DESKTOP.apiKey());
        approve(throttled, DESKTOP, token, "alice@example.com", "guess1");
        approve(throttled, DESKTOP, token, "Alice@example.com", "guess2");

        assertEquals(new LoginResult.Refused(LoginFailure.TOO_MANY_ATTEMPTS, DESKTOP, Duration.ofMinutes(1)),
                approve(throttled, DESKTOP, token, "alice@example.com", PASSWORD));
        assertEquals(TokenState.ISSUED, roomy.peek(token, NOW).orElseThrow().state());
    }

    @Test
    void approve_successesInARow_neverLock() {
        for (int i = 0; i < 10; i++) {
            String token = roomyIssuer.issue(DESKTOP.apiKey());
            assertInstanceOf(LoginResult.Ready.class, approve(throttled, DESKTOP, token, "alice@example.com", PASSWORD));
        }
    }

    @Test
    void approve_successAfterOneFailure_clearsTheEmailsCount() {
        approve(throttled, DESKTOP, roomyIssuer.issue(DESKTOP.apiKey()), "alice@example.com", "typo");
        approve(throttled, DESKTOP, roomyIssuer.issue(DESKTOP.apiKey()), "alice@example.com", PASSWORD);

        approve(throttled, DESKTOP, roomyIssuer.issue(DESKTOP.apiKey()), "alice@example.com", "typo again");

        assertInstanceOf(LoginResult.Ready.class,
                approve(throttled, DESKTOP, roomyIssuer.issue(DESKTOP.apiKey()), "alice@example.com", PASSWORD));
    }

    @Test
    void approve_addressPastItsFailureBudget_refusesEveryEmailFromIt() {
        String token = roomyIssuer.issue(DESKTOP.apiKey());
        for (String email : new String[] {"a@example.com", "b@example.com", "c@example.com"}) {
            approve(throttled, DESKTOP, token, email, "guess");
        }

        assertEquals(new LoginResult.Refused(LoginFailure.TOO_MANY_ATTEMPTS, DESKTOP, Duration.ofMinutes(15)),
                approve(throttled, DESKTOP, token, "alice@example.com", PASSWORD));
        assertInstanceOf(LoginResult.Ready.class,
                throttled.approve(DESKTOP.apiKey(), token, "alice@example.com", PASSWORD.toCharArray(), "192.0.2.2"));
    }

    @Test
    void refused_waitWithoutTooManyAttempts_isAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginResult.Refused(LoginFailure.BAD_CREDENTIALS, DESKTOP, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginResult.Refused(LoginFailure.TOO_MANY_ATTEMPTS, DESKTOP));
    }

    @Test
    void approve_otherApplicationsToken_isInvalidToken() {
        String token = issuer.issue(DESKTOP.apiKey());

        assertEquals(new LoginResult.Refused(LoginFailure.INVALID_TOKEN, WEB),
                approve(login, WEB, token, "alice@example.com", PASSWORD));
        assertEquals(TokenState.ISSUED, peek(token).state());
    }

    @Test
    void approve_alreadyApprovedToken_isInvalidToken() {
        String token = issuer.issue(DESKTOP.apiKey());
        approve(login, DESKTOP, token, "alice@example.com", PASSWORD);

        assertEquals(new LoginResult.Refused(LoginFailure.INVALID_TOKEN, DESKTOP),
                approve(login, DESKTOP, token, "alice@example.com", PASSWORD));
    }

    @Test
    void approve_expiredToken_isInvalidToken() {
        TokenIssuer earlier = new TokenIssuer(tokens, TokenPolicy.DEFAULT, RandomValues.secure(),
                Clock.fixed(NOW.minus(Duration.ofMinutes(60)), ZoneOffset.UTC));
        String token = earlier.issue(DESKTOP.apiKey());

        assertEquals(new LoginResult.Refused(LoginFailure.INVALID_TOKEN, DESKTOP),
                approve(login, DESKTOP, token, "alice@example.com", PASSWORD));
    }

    @Test
    void readyResult_toString_hidesTheToken() {
        String token = issuer.issue(DESKTOP.apiKey());

        assertEquals("Ready[app=Desktop Client, uid=0]", login.prepare(DESKTOP.apiKey(), token).toString());
        assertNull(((LoginResult.Refused) login.prepare("nokey", token)).app());
    }
}
