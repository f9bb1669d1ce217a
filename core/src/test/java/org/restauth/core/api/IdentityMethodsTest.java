package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.core.api.ApiFixture.DESKTOP;
import static org.restauth.core.api.ApiFixture.UID;
import static org.restauth.core.api.ApiFixture.WEB;
import static org.restauth.core.api.ApiFixture.assertFailure;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.error.ApiError;

/** users.getLoggedInUser, isAppUser, isVerified, hasAppPermission, auth.revokeExtendedPermission and the grant. */
class IdentityMethodsTest {
    private final ApiFixture fx = ApiFixture.standard();

    private ApiFixture.Call call(String method, Application app) {
        return fx.call(method).set("api_key", app.apiKey()).signedWith(app.secret());
    }

    private ApiFixture.Call withSession(String method, Application app, String sessionKey) {
        return call(method, app).param("session_key", sessionKey);
    }

    @Test
    void getLoggedInUser_session_numericUid() {
        String key = fx.session(WEB).sessionKey();

        assertEquals(new ApiResult.Numeric(UID), withSession("users.getLoggedInUser", WEB, key).send().result());
    }

    @Test
    void getLoggedInUser_noOrEmptySessionKey_453() {
        assertFailure(ApiError.SESSION_REQUIRED, call("users.getLoggedInUser", WEB).send());
        assertFailure(ApiError.SESSION_REQUIRED, withSession("users.getLoggedInUser", WEB, "").send());
        assertFailure(ApiError.SESSION_INVALID, withSession("users.getLoggedInUser", WEB, "nope-8055").send());
    }

    @Test
    void approve_onLoginPage_authorizesTheApp() {
        assertTrue(fx.grants.find(UID, WEB.apiKey()).isEmpty());
        fx.approvedToken(WEB);

        assertTrue(fx.grants.find(UID, WEB.apiKey()).isPresent());
        assertEquals(new ApiResult.Flag(true), call("users.isAppUser", WEB).param("uid", "8055").send().result());
        assertEquals(new ApiResult.Flag(false), call("users.isAppUser", WEB).param("uid", "999").send().result());
    }

    @Test
    void isAppUser_desktopNamingAnotherUid_error10() {
        String key = fx.session(DESKTOP).sessionKey();

        assertFailure(ApiError.PERMISSION_DENIED, withSession("users.isAppUser", DESKTOP, key).param("uid", "8056").send());
        assertFailure(ApiError.PERMISSION_DENIED, call("users.isAppUser", DESKTOP).param("uid", "8055").send());
        assertEquals(new ApiResult.Flag(true),
                withSession("users.isAppUser", DESKTOP, key).param("uid", "8055").send().result());
        assertEquals(new ApiResult.Flag(true), withSession("users.isAppUser", DESKTOP, key).send().result());
    }

    @Test
    void isAppUser_neitherSessionNorUid_453AndBadUid_100() {
        assertFailure(ApiError.SESSION_REQUIRED, call("users.isAppUser", WEB).param("uid", "").send());
        assertFailure(ApiError.INVALID_PARAMETER, call("users.isAppUser", WEB).param("uid", "-5").send());
    }

    @Test
    void isVerified_defaultFalse_trueOnceMarked() {
        String key = fx.session(WEB).sessionKey();
        assertEquals(new ApiResult.Flag(false), withSession("users.isVerified", WEB, key).send().result());

        fx.people.update(ApiFixture.DAVE.withProfile(ApiFixture.DAVE.profile().withVerified(true), ApiFixture.START));

        assertEquals(new ApiResult.Flag(true), withSession("users.isVerified", WEB, key).send().result());
        assertFailure(ApiError.SESSION_REQUIRED, call("users.isVerified", WEB).param("uid", "8055").send());
    }

    @Test
    void hasAppPermission_notGranted0_granted1_everyNameOfAListNeeded() {
        String key = fx.session(WEB).sessionKey();
        ApiFixture.Call ask = withSession("users.hasAppPermission", WEB, key);
        assertEquals(new ApiResult.Numeric(0), ask.param("ext_perm", "offline_access").send().result());

        fx.grants.grant(UID, WEB.apiKey(), Set.of("offline_access", "publish_stream"), ApiFixture.START);

        assertEquals(new ApiResult.Numeric(1), ask.set("ext_perm", "offline_access").send().result());
        assertEquals(new ApiResult.Numeric(1), ask.set("ext_perm", "status_update, offline_access").send().result());
        assertEquals(new ApiResult.Numeric(0), ask.set("ext_perm", "offline_access,email").send().result());
        assertEquals(new ApiResult.Numeric(0), ask.set("ext_perm", "offline_access,bogus").send().result());
        assertEquals(new ApiResult.Numeric(0), call("users.hasAppPermission", WEB).param("uid", "999")
                .param("ext_perm", "offline_access").send().result());
    }

    @Test
    void hasAppPermission_missingExtPerm100_neitherSessionNorUid453() {
        assertFailure(ApiError.INVALID_PARAMETER, call("users.hasAppPermission", WEB).param("uid", "8055").send());
        assertFailure(ApiError.SESSION_REQUIRED, call("users.hasAppPermission", WEB).param("ext_perm", "email").send());
    }

    @Test
    void revokeExtendedPermission_held_trueThenFalse_unknown100() {
        fx.approvedToken(WEB);
        fx.grants.grant(UID, WEB.apiKey(), Set.of("email"), ApiFixture.START);
        ApiFixture.Call revoke = call("auth.revokeExtendedPermission", WEB).param("uid", "8055").param("perm", "email");

        assertEquals(new ApiResult.Flag(true), revoke.send().result());
        assertEquals(new ApiResult.Flag(false), revoke.send().result());
        assertFailure(ApiError.INVALID_PARAMETER, revoke.set("perm", "root").send());
        assertFailure(ApiError.INVALID_PARAMETER, revoke.set("perm", "").send());
        assertTrue(fx.grants.find(UID, WEB.apiKey()).isPresent());
    }

    @Test
    void offlineAccess_granted_sessionNeverExpiresAndRevokingItEndsTheSession() {
        assertTrue(fx.session(WEB).expires() > 0);
        fx.grants.grant(UID, WEB.apiKey(), Set.of("offline_access"), ApiFixture.START);
        ApiResult.SessionGrant offline = fx.session(WEB);
        assertEquals(0, offline.expires());

        ApiResponse revoked = withSession("auth.revokeExtendedPermission", WEB, offline.sessionKey())
                .param("perm", "offline_access").send();

        assertEquals(new ApiResult.Flag(true), revoked.result());
        assertFailure(ApiError.SESSION_INVALID,
                withSession("users.getLoggedInUser", WEB, offline.sessionKey()).send());
    }

    @Test
    void revokeAuthorization_removesGrantAndPermissions() {
        String key = fx.session(WEB).sessionKey();
        fx.grants.grant(UID, WEB.apiKey(), Set.of("email"), ApiFixture.START);

        assertEquals(new ApiResult.Flag(true), withSession("auth.revokeAuthorization", WEB, key).send().result());

        assertTrue(fx.grants.find(UID, WEB.apiKey()).isEmpty());
        assertEquals(new ApiResult.Flag(false), call("users.isAppUser", WEB).param("uid", "8055").send().result());
        assertEquals(new ApiResult.Flag(false),
                call("auth.revokeAuthorization", WEB).param("uid", "8055").send().result());
    }

    @Test
    void revokeAuthorization_grantWithoutSessions_true() {
        fx.grants.authorize(UID, WEB.apiKey(), ApiFixture.START);

        ApiResponse response = call("auth.revokeAuthorization", WEB).param("uid", "8055").send();

        assertEquals(new ApiResult.Flag(true), response.result());
        assertFalse(fx.grants.find(UID, WEB.apiKey()).isPresent());
        assertInstanceOf(ApiResult.Flag.class, response.result());
    }
}
