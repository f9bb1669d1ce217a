package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.core.api.ApiFixture.DESKTOP;
import static org.restauth.core.api.ApiFixture.EMAIL;
import static org.restauth.core.api.ApiFixture.PASSWORD;
import static org.restauth.core.api.ApiFixture.START;
import static org.restauth.core.api.ApiFixture.UID;
import static org.restauth.core.api.ApiFixture.WEB;
import static org.restauth.core.api.ApiFixture.assertFailure;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.app.Application;
import org.restauth.core.error.ApiError;
import org.restauth.core.login.LoginFailure;
import org.restauth.core.login.LoginResult;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionPolicy;

/** The token's whole life: createToken, approval on the login page, getSession. */
class GetSessionTest {
    private static final long DAY = 24 * 60 * 60;

    private final ApiFixture fx = ApiFixture.standard();

    private ApiResponse getSession(Application app, String token, String generateSecret) {
        return fx.call("facebook.auth.getSession").set("api_key", app.apiKey()).param("auth_token", token)
                .param("generate_session_secret", generateSecret).signedWith(app.secret()).send();
    }

    @Test
    void getSession_approvedDesktopToken_grantsDaySessionWithSecret() {
        String token = fx.approvedToken(DESKTOP);

        ApiResponse response = fx.getSession(DESKTOP, token);

        assertEquals("auth.getSession", response.method());
        ApiResult.SessionGrant grant = assertInstanceOf(ApiResult.SessionGrant.class, response.result());
        assertTrue(grant.sessionKey().matches("[0-9a-f]{24}-8055"), "session key shape");
        assertEquals(UID, grant.uid());
        assertEquals(START.getEpochSecond() + DAY, grant.expires());
        assertTrue(grant.secret().orElseThrow().matches("[0-9a-f]{32}"));
    }

    @Test
    void getSession_grantedSession_isStoredLiveWithTheSameSecret() {
        ApiResult.SessionGrant grant = fx.session(DESKTOP);

        SessionLookup.Live live = assertInstanceOf(SessionLookup.Live.class, fx.sessions.find(grant.sessionKey(), START));
        assertEquals(DESKTOP.apiKey(), live.session().apiKey());
        assertEquals(grant.secret(), live.session().secret().map(s -> s.reveal()));
    }

    @Test
    void getSession_webAppWithoutAsking_hasNoSecret() {
        ApiResult.SessionGrant grant = fx.session(WEB);

        assertEquals(Optional.empty(), grant.secret());
        assertEquals(START.getEpochSecond() + DAY, grant.expires());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", "TRUE"})
    void getSession_webAppAskingForSecret_getsOne(String value) {
        ApiResponse response = getSession(WEB, fx.approvedToken(WEB), value);

        ApiResult.SessionGrant grant = assertInstanceOf(ApiResult.SessionGrant.class, response.result());
        assertTrue(grant.secret().orElseThrow().matches("[0-9a-f]{32}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "false", ""})
    void getSession_webAppDecliningSecret_getsNone(String value) {
        ApiResponse response = getSession(WEB, fx.approvedToken(WEB), value);

        assertEquals(Optional.empty(), assertInstanceOf(ApiResult.SessionGrant.class, response.result()).secret());
    }

    @Test
    void getSession_desktopAppDecliningSecret_stillGetsOne() {
        ApiResponse response = getSession(DESKTOP, fx.approvedToken(DESKTOP), "0");

        assertTrue(assertInstanceOf(ApiResult.SessionGrant.class, response.result()).secret().isPresent());
    }

    @Test
    void getSession_invalidSecretFlag_isError100AndTokenNotConsumed() {
        String token = fx.approvedToken(WEB);

        assertFailure(ApiError.INVALID_PARAMETER, getSession(WEB, token, "yes"));
        assertInstanceOf(ApiResult.SessionGrant.class, getSession(WEB, token, "1").result());
    }

    @Test
    void getSession_unknownToken_isError100() {
        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, "3e4a22bb2f5ed75114b0fc9995ea85f1"));
        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, "abcde"));
    }

    @Test
    void getSession_missingOrEmptyToken_isError100() {
        assertFailure(ApiError.INVALID_PARAMETER, fx.call("auth.getSession").send());
        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, ""));
    }

    @Test
    void getSession_atExactExpiryOfToken_isError100() {
        String token = fx.approvedToken(DESKTOP);

        fx.clock.advance(Duration.ofMinutes(60));

        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, token));
    }

    @Test
    void getSession_oneMillisecondBeforeTokenExpiry_grantsSession() {
        String token = fx.approvedToken(DESKTOP);

        fx.clock.advance(Duration.ofMinutes(60).minusMillis(1));

        ApiResult.SessionGrant grant = assertInstanceOf(ApiResult.SessionGrant.class,
                fx.getSession(DESKTOP, token).result());
        assertEquals(START.getEpochSecond() + 3599 + DAY, grant.expires());
    }

    @Test
    void getSession_notYetApproved_isError100AndBurnsTheToken() {
        String token = fx.createToken(DESKTOP);

        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, token));

        LoginResult late = fx.login.approve(DESKTOP.apiKey(), token, EMAIL, PASSWORD.toCharArray(), "127.0.0.1");
        assertEquals(LoginFailure.INVALID_TOKEN, assertInstanceOf(LoginResult.Refused.class, late).reason());
        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, token));
    }

    @Test
    void getSession_tokenAlreadyUsed_isError100() {
        String token = fx.approvedToken(DESKTOP);
        assertInstanceOf(ApiResult.SessionGrant.class, fx.getSession(DESKTOP, token).result());

        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(DESKTOP, token));
    }

    @Test
    void getSession_otherApplicationsToken_isError100() {
        String token = fx.approvedToken(DESKTOP);

        assertFailure(ApiError.INVALID_PARAMETER, fx.getSession(WEB, token));
    }

    @Test
    void getSession_sessionCapReached_isError4() {
        ApiFixture capped = ApiFixture.builder()
                .sessionPolicy(new SessionPolicy(Duration.ofHours(24), Duration.ofHours(1), 10, 1)).build();
        capped.session(DESKTOP);

        assertFailure(ApiError.APPLICATION_LIMIT_REACHED, capped.getSession(DESKTOP, capped.approvedToken(DESKTOP)));
    }

    @Test
    void getSession_neverExpiringPolicy_grantsExpiresZero() {
        ApiFixture forever = ApiFixture.builder()
                .sessionPolicy(new SessionPolicy(Duration.ZERO, Duration.ofHours(1), 10, 10)).build();

        assertEquals(0, forever.session(WEB).expires());
    }

    @Test
    void sessionGrant_toString_showsNeitherKeyNorSecret() {
        ApiResult.SessionGrant grant = fx.session(DESKTOP);

        assertEquals("SessionGrant[uid=8055, expires=" + (START.getEpochSecond() + DAY) + ", secret=true]",
                grant.toString());
        assertEquals("Text[32 chars]", new ApiResult.Text(grant.secret().orElseThrow()).toString());
    }
}
