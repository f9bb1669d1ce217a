package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.restauth.core.api.ApiFixture.DESKTOP;
import static org.restauth.core.api.ApiFixture.START;
import static org.restauth.core.api.ApiFixture.UID;
import static org.restauth.core.api.ApiFixture.WEB;
import static org.restauth.core.api.ApiFixture.assertFailure;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.error.ApiError;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.Profile;

/** users.getInfo and users.getStandardInfo: visibility, field order, no-value forms (docs/protocol.md §11). */
class GetInfoTest {
    private final ApiFixture fx = ApiFixture.standard();

    private static ApiResult.Field f(String name, FieldValue value) {
        return new ApiResult.Field(name, value);
    }

    private static FieldValue.Text text(String value) {
        return new FieldValue.Text(value);
    }

    private ApiFixture.Call getInfo(String session, String uids, String fields) {
        ApiFixture.Call call = fx.call("users.getInfo").set("api_key", WEB.apiKey()).signedWith(WEB.secret());
        if (session != null) {
            call.param("session_key", session);
        }
        return call.param("uids", uids).param("fields", fields);
    }

    private List<ApiResult.Row> rows(ApiResponse response) {
        ApiResult.Rows rows = assertInstanceOf(ApiResult.Rows.class, response.result(), response.result().toString());
        assertEquals("user", rows.rowName());
        return rows.rows();
    }

    private void addStranger(long uid, boolean authorized) {
        fx.people.add(new Person(uid, "p" + uid + "@example.org",
                PasswordHash.create("x".toCharArray(), new SecureRandom(), 1000),
                new Profile("P " + uid, "P", "" + uid, "fr_FR", "https://pics.example/" + uid).withSex("female"),
                false, START, START));
        if (authorized) {
            fx.grants.grant(uid, WEB.apiKey(), Set.of("email"), START);
        }
    }

    @Test
    void getInfo_vectorV2_ownRowWithRequestedFieldsUidFirst() {
        String key = fx.session(WEB).sessionKey();

        List<ApiResult.Row> rows = rows(getInfo(key, "8055", "name,pic_square,locale,timezone,is_app_user").send());

        assertEquals(List.of(new ApiResult.Row(List.of(f("uid", FieldValue.Numeric.of(UID)),
                f("name", text("Dave Fetterman")), f("pic_square", FieldValue.Text.EMPTY), f("locale", text("en_US")),
                f("timezone", new FieldValue.Numeric(new BigDecimal("-8"))), f("is_app_user", new FieldValue.Bool(true))))),
                rows);
    }

    @Test
    void getInfo_vectorV3_jsonArraysUnknownUidDroppedEmailOnlyOnceGranted() {
        String key = fx.session(WEB).sessionKey();
        ApiFixture.Call call = getInfo(key, "[8055,999]", "[\"first_name\",\"email\",\"sex\",\"profile_url\"]");
        List<ApiResult.Field> expected = List.of(f("uid", FieldValue.Numeric.of(UID)), f("first_name", text("Dave")),
                f("email", FieldValue.Text.EMPTY), f("sex", FieldValue.Text.EMPTY),
                f("profile_url", text("https://id.example.org/people/8055")));
        assertEquals(List.of(new ApiResult.Row(expected)), rows(call.send()));

        fx.grants.grant(UID, WEB.apiKey(), Set.of("email"), START);

        assertEquals(f("email", text(ApiFixture.EMAIL)), rows(call.send()).get(0).fields().get(2));
    }

    @Test
    void getInfo_otherPeople_onlyAuthorizedOnesWithThePublicSet() {
        String key = fx.session(WEB).sessionKey();
        addStranger(9001, false);
        addStranger(9002, true);

        List<ApiResult.Row> rows = rows(getInfo(key, "9001,9002,8055", "name,sex,email,pic_square").send());

        assertEquals(2, rows.size());
        assertEquals(List.of(f("uid", FieldValue.Numeric.of(9002)), f("name", text("P 9002")),
                f("sex", FieldValue.Text.EMPTY), f("email", FieldValue.Text.EMPTY),
                f("pic_square", text("https://pics.example/9002"))), rows.get(0).fields());
        assertEquals(FieldValue.Numeric.of(UID), rows.get(1).fields().get(0).value());
    }

    @Test
    void getInfo_noSession_evenSelfOnlyPublicSetAndOnlyIfAuthorized() {
        assertEquals(List.of(), rows(getInfo(null, "8055", "name").send()));
        fx.grants.authorize(UID, WEB.apiKey(), START);

        List<ApiResult.Row> rows = rows(getInfo(null, "8055", "name,timezone").send());

        assertEquals(List.of(f("uid", FieldValue.Numeric.of(UID)), f("name", text("Dave Fetterman")),
                f("timezone", FieldValue.NIL)), rows.get(0).fields());
    }

    @Test
    void getInfo_schemaFieldsUnknownNamesAndRepeats_noValueFormsDroppedOnce() {
        String key = fx.session(WEB).sessionKey();

        List<ApiResult.Field> fields = rows(getInfo(key, "8055",
                "quotes,uid,bogus,affiliations,notes_count,current_location,quotes,are_friends,proxied_email").send())
                .get(0).fields();

        assertEquals(List.of(f("uid", FieldValue.Numeric.of(UID)), f("quotes", FieldValue.Text.EMPTY),
                f("affiliations", FieldValue.EMPTY_LIST), f("notes_count", FieldValue.NIL),
                f("current_location", FieldValue.NIL), f("proxied_email", FieldValue.Text.EMPTY)), fields);
    }

    @ParameterizedTest
    @ValueSource(strings = {"uids", "fields"})
    void getInfo_missingOrEmptyListParameter_100(String missing) {
        String key = fx.session(WEB).sessionKey();

        assertFailure(ApiError.INVALID_PARAMETER, getInfo(key, "8055", "name").without(missing).send());
        assertFailure(ApiError.INVALID_PARAMETER, getInfo(key, "8055", "name").set(missing, "").send());
        assertFailure(ApiError.INVALID_PARAMETER, getInfo(key, "8055", "name").set(missing, "[]").send());
    }

    @Test
    void getInfo_endedSession_102() {
        assertFailure(ApiError.SESSION_INVALID, getInfo("gone-8055", "8055", "name").send());
    }

    @Test
    void getStandardInfo_onlyAuthorizedAndOnlyStandardFields() {
        String key = fx.session(WEB).sessionKey(); // the person's session: login authorized the app
        ApiFixture.Call call = fx.call("users.getStandardInfo").set("api_key", WEB.apiKey()).signedWith(WEB.secret())
                .param("session_key", key).param("uids", "8055,9001").param("fields", "name,email,timezone,birthday");
        addStranger(9001, false);

        List<ApiResult.Row> rows = rows(call.send());

        assertEquals(List.of(new ApiResult.Row(List.of(f("uid", FieldValue.Numeric.of(UID)),
                f("name", text("Dave Fetterman")), f("timezone", new FieldValue.Numeric(new BigDecimal("-8"))),
                f("birthday", FieldValue.Text.EMPTY)))), rows);
    }

    @Test
    void getStandardInfo_desktopOrSessionSecretSigned_15() {
        ApiResult.SessionGrant desktop = fx.session(DESKTOP);
        ApiFixture.Call call = fx.call("users.getStandardInfo").param("session_key", desktop.sessionKey())
                .param("uids", "8055").param("fields", "name");
        assertFailure(ApiError.SECURE_SESSION_REQUIRED, call.send());

        ApiResult.SessionGrant web = fx.session(WEB);
        String secret = assertInstanceOf(ApiResult.Text.class, fx.call("auth.promoteSession")
                .set("api_key", WEB.apiKey()).param("session_key", web.sessionKey()).signedWith(WEB.secret())
                .send().result()).value();
        assertFailure(ApiError.SECURE_SESSION_REQUIRED, fx.call("users.getStandardInfo").set("api_key", WEB.apiKey())
                .param("session_key", web.sessionKey()).param("uids", "8055").param("fields", "name")
                .signedWith(org.restauth.core.crypto.Secret.of(secret)).send());
    }
}
