package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.core.api.ApiFixture.DESKTOP;
import static org.restauth.core.api.ApiFixture.START;
import static org.restauth.core.api.ApiFixture.WEB;
import static org.restauth.core.api.ApiFixture.assertFailure;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;
import org.restauth.core.error.ApiError;

/** auth.expireSession, auth.promoteSession, auth.revokeAuthorization. */
class SessionMethodsTest {
    private final ApiFixture fx = ApiFixture.standard();

    private ApiFixture.Call withSession(String method, Application app, String sessionKey) {
        return fx.call(method).set("api_key", app.apiKey()).param("session_key", sessionKey).signedWith(app.secret());
    }

    private ApiResponse send(String method, Application app, String sessionKey) {
        return withSession(method, app, sessionKey).send();
    }

    @Test
    void expireSession_liveSession_isTrueThenSessionIsInvalid() {
        String key = fx.session(WEB).sessionKey();

        ApiResponse response = send("auth.expireSession", WEB, key);

        assertEquals("auth.expireSession", response.method());
        assertEquals(new ApiResult.Flag(true), response.result());
        assertFailure(ApiError.SESSION_INVALID, send("auth.expireSession", WEB, key));
        assertFailure(ApiError.SESSION_INVALID, send("auth.promoteSession", WEB, key));
    }

    @Test
    void promoteSession_webSessionWithoutSecret_returnsNewSecretTwiceTheSame() {
        String key = fx.session(WEB).sessionKey();

        String first = assertInstanceOf(ApiResult.Text.class, send("auth.promoteSession", WEB, key).result()).value();
        String second = assertInstanceOf(ApiResult.Text.class, send("auth.promoteSession", WEB, key).result()).value();

        assertTrue(first.matches("[0-9a-f]{32}"));
        assertEquals(first, second);
    }

    @Test
    void promoteSession_desktopSession_returnsTheSecretGivenWithTheSession() {
        ApiResult.SessionGrant grant = fx.session(DESKTOP);

        ApiResponse response = send("auth.promoteSession", DESKTOP, grant.sessionKey());

        assertEquals(new ApiResult.Text(grant.secret().orElseThrow()).value(),
                assertInstanceOf(ApiResult.Text.class, response.result()).value());
    }

    @Test
    void handle_signedWithPromotedSessionSecretWithSs_isAccepted() {
        String key = fx.session(WEB).sessionKey();
        Secret sessionSecret = Secret.of(
                assertInstanceOf(ApiResult.Text.class, send("auth.promoteSession", WEB, key).result()).value());

        ApiResponse response = withSession("auth.promoteSession", WEB, key).param("ss", "1")
                .signedWith(sessionSecret).send();

        assertEquals(sessionSecret.reveal(), assertInstanceOf(ApiResult.Text.class, response.result()).value());
    }

    @Test
    void handle_signedWithSessionSecretWithoutSs_isAccepted() {
        ApiResult.SessionGrant grant = fx.session(DESKTOP);
        Secret sessionSecret = Secret.of(grant.secret().orElseThrow());

        ApiResponse response = withSession("auth.revokeAuthorization", DESKTOP, grant.sessionKey())
                .signedWith(sessionSecret).send();

        assertEquals(new ApiResult.Flag(true), response.result());
    }

    @Test
    void handle_signedWithAnotherSessionsSecret_isError104() {
        ApiResult.SessionGrant mine = fx.session(DESKTOP);
        ApiResult.SessionGrant other = fx.session(DESKTOP);

        ApiResponse response = withSession("auth.expireSession", DESKTOP, mine.sessionKey()).param("ss", "1")
                .signedWith(Secret.of(other.secret().orElseThrow())).send();

        assertFailure(ApiError.INCORRECT_SIGNATURE, response);
    }

    @Test
    void handle_sessionSecretAfterSessionEnded_isError104() {
        ApiResult.SessionGrant grant = fx.session(DESKTOP);
        send("auth.expireSession", DESKTOP, grant.sessionKey());

        ApiResponse response = withSession("auth.expireSession", DESKTOP, grant.sessionKey()).param("ss", "1")
                .signedWith(Secret.of(grant.secret().orElseThrow())).send();

        assertFailure(ApiError.INCORRECT_SIGNATURE, response);
    }

    @Test
    void revokeAuthorization_bySession_endsEveryOneOfThePersonsSessionsWithThatApp() {
        String first = fx.session(DESKTOP).sessionKey();
        String second = fx.session(DESKTOP).sessionKey();
        String web = fx.session(WEB).sessionKey();

        assertEquals(new ApiResult.Flag(true), send("auth.revokeAuthorization", DESKTOP, first).result());

        assertFailure(ApiError.SESSION_INVALID, send("auth.expireSession", DESKTOP, first));
        assertFailure(ApiError.SESSION_INVALID, send("auth.expireSession", DESKTOP, second));
        assertEquals(new ApiResult.Flag(true), send("auth.expireSession", WEB, web).result());
    }

    @Test
    void revokeAuthorization_byUidParam_isTrueThenFalse() {
        String key = fx.session(WEB).sessionKey();

        ApiResponse revoked = fx.call("auth.revokeAuthorization").set("api_key", WEB.apiKey()).param("uid", "8055")
                .signedWith(WEB.secret()).send();
        ApiResponse again = fx.call("auth.revokeAuthorization").set("api_key", WEB.apiKey()).param("uid", "8055")
                .signedWith(WEB.secret()).send();

        assertEquals(new ApiResult.Flag(true), revoked.result());
        assertEquals(new ApiResult.Flag(false), again.result());
        assertFailure(ApiError.SESSION_INVALID, send("auth.expireSession", WEB, key));
    }

    @Test
    void revokeAuthorization_personWithNoSessions_isFalse() {
        fx.session(WEB);

        ApiResponse response = fx.call("auth.revokeAuthorization").param("uid", "8055").send();

        assertEquals(new ApiResult.Flag(false), response.result());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "2147483648"})
    void revokeAuthorization_invalidUid_isError100(String uid) {
        assertFailure(ApiError.INVALID_PARAMETER, fx.call("auth.revokeAuthorization").param("uid", uid).send());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth.expireSession", "auth.promoteSession", "auth.revokeAuthorization"})
    void sessionMethod_withoutSessionKey_isError453(String method) {
        assertFailure(ApiError.SESSION_REQUIRED, fx.call(method).send());
        assertFailure(ApiError.SESSION_REQUIRED, fx.call(method).param("session_key", "").send());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth.expireSession", "auth.promoteSession", "auth.revokeAuthorization"})
    void sessionMethod_unknownSessionKey_isError102(String method) {
        assertFailure(ApiError.SESSION_INVALID, send(method, DESKTOP, "5f34e11bfb97c762e439e6a5-8055"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth.expireSession", "auth.promoteSession", "auth.revokeAuthorization"})
    void sessionMethod_otherApplicationsSession_isError102AndSessionStays(String method) {
        String desktopKey = fx.session(DESKTOP).sessionKey();

        assertFailure(ApiError.SESSION_INVALID, send(method, WEB, desktopKey));
        assertEquals(new ApiResult.Flag(true), send("auth.expireSession", DESKTOP, desktopKey).result());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth.expireSession", "auth.promoteSession", "auth.revokeAuthorization"})
    void sessionMethod_atSessionExpiry_isError450(String method) {
        ApiResult.SessionGrant grant = fx.session(WEB);

        fx.clock.set(java.time.Instant.ofEpochSecond(grant.expires()));

        assertFailure(ApiError.SESSION_EXPIRED, send(method, WEB, grant.sessionKey()));
    }

    @Test
    void expireSession_oneSecondBeforeExpiry_isTrue() {
        ApiResult.SessionGrant grant = fx.session(WEB);

        fx.clock.set(java.time.Instant.ofEpochSecond(grant.expires() - 1));

        assertEquals(new ApiResult.Flag(true), send("auth.expireSession", WEB, grant.sessionKey()).result());
    }

    @Test
    void expireSession_pastExpiryAndGrace_isError102() {
        ApiResult.SessionGrant grant = fx.session(WEB);

        fx.clock.set(START.plus(Duration.ofHours(25)));

        assertFailure(ApiError.SESSION_INVALID, send("auth.expireSession", WEB, grant.sessionKey()));
    }
}
