package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.restauth.core.api.ApiFixture.DESKTOP;
import static org.restauth.core.api.ApiFixture.EMAIL;
import static org.restauth.core.api.ApiFixture.UID;
import static org.restauth.core.api.ApiFixture.WEB;
import static org.restauth.core.api.ApiFixture.assertFailure;

import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.restauth.core.error.ApiError;
import org.restauth.core.login.LoginResult;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;

/**
 * A token approved before its person's password changed, or before they were disabled or removed, is void at
 * auth.getSession: the same error 100 as an unapproved token (docs/protocol.md §5), and the token is spent.
 */
class GetSessionCredentialsTest {
    private static final String NEW_PASSWORD = "a brand new passphrase";

    private final ApiFixture fx = ApiFixture.builder().storedPeople().build();

    private Person dave() {
        return fx.people.byUid(UID).orElseThrow();
    }

    private void newPassword() {
        PasswordHash hash = PasswordHash.create(NEW_PASSWORD.toCharArray(), new SecureRandom(), 100_000);
        fx.people.update(dave().withPasswordHash(hash, fx.clock.instant()));
    }

    @Test
    void getSession_passwordChangedAfterApproval_isError100AndTheTokenIsSpent() {
        String token = fx.approvedToken(DESKTOP);
        fx.clock.advance(Duration.ofSeconds(1));
        newPassword();

        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, token));
        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, token));
        assertEquals(0, fx.sessions.removeAllOf(UID), "no session was made");
    }

    @Test
    void getSession_approvedWithTheNewPassword_grantsASession() {
        fx.clock.advance(Duration.ofSeconds(1));
        newPassword();
        fx.clock.advance(Duration.ofSeconds(1));
        String token = fx.createToken(WEB);
        LoginResult login = fx.login.approve(WEB.apiKey(), token, EMAIL, NEW_PASSWORD.toCharArray(), "127.0.0.1");
        assertInstanceOf(LoginResult.Ready.class, login);

        assertEquals(UID, assertInstanceOf(ApiResult.SessionGrant.class, fx.getSession(WEB, token).result()).uid());
    }

    @Test
    void getSession_disabledAndEnabledAgainAfterApproval_isError100() {
        String token = fx.approvedToken(DESKTOP);
        fx.clock.advance(Duration.ofSeconds(1));
        fx.people.update(dave().withDisabled(true, fx.clock.instant()));
        fx.clock.advance(Duration.ofSeconds(1));
        fx.people.update(dave().withDisabled(false, fx.clock.instant()));

        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, token));
    }

    @Test
    void getSession_removedAfterApproval_isError100() {
        String token = fx.approvedToken(DESKTOP);
        fx.people.remove(UID);

        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, token));
    }

    @Test
    void getSession_theLoginUpgradedAnOldHash_grantsASession() {
        assertEquals(1000, dave().passwordHash().iterations(), "the fixture's hash is cheaper than today's");

        ApiResult.SessionGrant grant = fx.session(DESKTOP);

        assertEquals(PasswordHash.DEFAULT_ITERATIONS, dave().passwordHash().iterations(), "upgraded at the login");
        assertEquals(UID, grant.uid());
    }

    @Test
    void getSession_profileChangedAfterApproval_grantsASession() {
        String token = fx.approvedToken(DESKTOP);
        fx.clock.advance(Duration.ofSeconds(1));
        fx.people.update(dave().withProfile(dave().profile(), fx.clock.instant()));

        assertInstanceOf(ApiResult.SessionGrant.class, fx.getSession(DESKTOP, token).result());
    }
}
