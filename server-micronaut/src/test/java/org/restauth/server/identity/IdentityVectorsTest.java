package org.restauth.server.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.identity.IdentityFixture.API_KEY;
import static org.restauth.server.identity.IdentityFixture.SECRET;
import static org.restauth.server.identity.IdentityFixture.SESSION;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Secret;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.PersonStore;
import org.restauth.format.SchemaValidation;

/** Every test vector of docs/protocol.md §15, byte for byte, over real HTTP. */
@MicronautTest(environments = "identity")
class IdentityVectorsTest {
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = "xmlns=\"http://api.facebook.com/1.0/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\"";
    private static final String V2_JSON = "[{\"uid\":8055,\"name\":\"Dave Fetterman\",\"pic_square\":\"\","
            + "\"locale\":\"en_US\",\"timezone\":-8,\"is_app_user\":true}]";

    @Inject
    EmbeddedServer server;
    @Inject
    PersonStore people;
    @Inject
    GrantStore grants;
    @Inject
    SessionStore sessions;
    @Inject
    TokenStore tokens;

    private IdentityHttp http;

    @BeforeEach
    void fixture() {
        IdentityFixture.reset(people, grants, sessions);
        http = new IdentityHttp(server.getURI());
    }

    /** The vector's parameters: method, call_id, [session_key], the method's own, api_key, v, format. */
    private static List<Param> vector(String method, String callId, boolean session, String... keyValues) {
        List<Param> params = new ArrayList<>(List.of(new Param("method", method), new Param("call_id", callId)));
        if (session) {
            params.add(new Param("session_key", SESSION));
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            params.add(new Param(keyValues[i], keyValues[i + 1]));
        }
        params.add(new Param("api_key", API_KEY));
        params.add(new Param("v", "1.0"));
        return params;
    }

    /** The vector in one format, signed with the sig the document gives, which must be the right one. */
    private String call(List<Param> vector, String format, String givenSig) {
        List<Param> params = new ArrayList<>(vector);
        params.add(new Param("format", format));
        String sig = Signature.sign(params, Secret.of(SECRET));
        if (givenSig != null) {
            assertEquals(givenSig, sig, "the document's sig for format " + format);
        }
        params.add(new Param("sig", sig));
        return http.body(params);
    }

    private String jsonp(List<Param> vector, String format) {
        List<Param> params = new ArrayList<>(vector);
        params.add(new Param("callback", "FB.cb"));
        return call(params, format, null);
    }

    private static String xml(String root, String inner) {
        return PROLOG + "<" + root + " " + NS + ">" + inner + "</" + root + ">";
    }

    @Test
    void v1_getLoggedInUser_numberInXmlJsonStringsAndJsonp() {
        List<Param> v1 = vector("facebook.users.getLoggedInUser", "1262304000123", true);

        String xml = call(v1, "xml", "4b927edd5c56ced95285138c6330cd57");
        assertEquals(xml("users_getLoggedInUser_response", "8055"), xml);
        SchemaValidation.assertValid(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("8055", call(v1, "json", "ee67eae5e20ac1bcc244b3fd8d2628ae"));
        assertEquals("\"8055\"", call(v1, "json-strings", null));
        assertEquals("FB.cb(8055);", jsonp(v1, "json"));
        assertEquals("FB.cb(\"8055\");", jsonp(v1, "json-strings"));
    }

    @Test
    void v2_getInfo_rowOfTheSessionPerson() {
        List<Param> v2 = vector("facebook.users.getInfo", "1262304000124", true,
                "uids", "8055", "fields", "name,pic_square,locale,timezone,is_app_user");

        String xml = call(v2, "xml", "040dd47acfe7743f981a4d0241e8d50b");
        assertEquals(PROLOG + "<users_getInfo_response " + NS + " list=\"true\"><user><uid>8055</uid>"
                + "<name>Dave Fetterman</name><pic_square/><locale>en_US</locale><timezone>-8</timezone>"
                + "<is_app_user>1</is_app_user></user></users_getInfo_response>", xml);
        SchemaValidation.assertValid(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(V2_JSON, call(v2, "json", "ba5f8176ae117ea3429e2c63c4a35bee"));
        assertEquals("[{\"uid\":\"8055\",\"name\":\"Dave Fetterman\",\"pic_square\":\"\",\"locale\":\"en_US\","
                + "\"timezone\":\"-8\",\"is_app_user\":true}]", call(v2, "json-strings", null));
        assertEquals("FB.cb(" + V2_JSON + ");", jsonp(v2, "json"));
    }

    @Test
    void v3_phpArrays_unknownUidDroppedEmailEmptyUntilGranted() {
        List<Param> v3 = vector("facebook.users.getInfo", "1262304000.125", true,
                "uids", "[8055,999]", "fields", "[\"first_name\",\"email\",\"sex\",\"profile_url\"]");
        String row = "<user><uid>8055</uid><first_name>Dave</first_name>%s<sex/>"
                + "<profile_url>https://id.example.org/people/8055</profile_url></user>";
        String json = "[{\"uid\":8055,\"first_name\":\"Dave\",\"email\":%s,\"sex\":\"\","
                + "\"profile_url\":\"https://id.example.org/people/8055\"}]";

        String xml = call(v3, "xml", "a2400c9eb957a23451892f089411bbf9");
        assertEquals(PROLOG + "<users_getInfo_response " + NS + " list=\"true\">" + row.formatted("<email/>")
                + "</users_getInfo_response>", xml);
        SchemaValidation.assertValidWithIdentityFields(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(json.formatted("\"\""), call(v3, "json", "3e803deb3a547178159092e1005d9484"));

        grants.grant(IdentityFixture.UID, API_KEY, Set.of("email"), Instant.now());

        String granted = call(v3, "xml", null);
        assertEquals(PROLOG + "<users_getInfo_response " + NS + " list=\"true\">"
                + row.formatted("<email>dave@example.org</email>") + "</users_getInfo_response>", granted);
        SchemaValidation.assertValidWithIdentityFields(granted.getBytes(StandardCharsets.UTF_8));
        assertEquals(json.formatted("\"dave@example.org\""), call(v3, "json", null));
    }

    @Test
    void v4_hasAppPermission_zeroThenOneAfterTheGrantAndExpiresZero() {
        List<Param> v4 = vector("facebook.users.hasAppPermission", "1262304000126", true, "ext_perm", "offline_access");

        String xml = call(v4, "xml", "fcb4350e4da43f43c8577e36a44a298c");
        assertEquals(xml("users_hasAppPermission_response", "0"), xml);
        SchemaValidation.assertValid(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("0", call(v4, "json", "6c8868ec79f1e0bc18ee20fc3dddb01d"));
        assertEquals("\"0\"", call(v4, "json-strings", null));

        grants.grant(IdentityFixture.UID, API_KEY, Set.of("offline_access"), Instant.now());

        assertEquals(xml("users_hasAppPermission_response", "1"), call(v4, "xml", null));
        assertEquals("1", call(v4, "json", null));
        assertEquals("\"1\"", call(v4, "json-strings", null));
        assertEquals("FB.cb(\"1\");", jsonp(v4, "json-strings"));
        assertTrue(newSession().contains("\"expires\":0"), "getSession after the grant");
    }

    @Test
    void v5_isAppUserWithoutSession_trueForDaveFalseForUnknown() {
        List<Param> v5 = vector("facebook.users.isAppUser", "1262304000127", false, "uid", "8055");

        String xml = call(v5, "xml", "a5c9ea2a814d365a35432cc1c3c7fe85");
        assertEquals(xml("users_isAppUser_response", "1"), xml);
        SchemaValidation.assertValid(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("true", call(v5, "json", "cf8a9dc7a6dbe5d326462531e22a0fbf"));
        assertEquals("true", call(v5, "json-strings", null));
        assertEquals("FB.cb(true);", jsonp(v5, "json"));

        List<Param> unknown = vector("facebook.users.isAppUser", "1262304000127", false, "uid", "999");
        assertEquals(xml("users_isAppUser_response", "0"), call(unknown, "xml", null));
        assertEquals("false", call(unknown, "json", null));
    }

    @Test
    void emptyResult_invisibleUid_emptyListRootAndEmptyArray() {
        List<Param> none = vector("facebook.users.getInfo", "1262304000128", false, "uids", "999", "fields", "name");

        String xml = call(none, "xml", null);
        assertEquals(PROLOG + "<users_getInfo_response " + NS + " list=\"true\"/>", xml);
        SchemaValidation.assertValid(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("[]", call(none, "json", null));
    }

    /** A token approved for Dave in the server's own token store, traded for a session over HTTP. */
    private String newSession() {
        String token = http.body(signedCall("facebook.auth.createToken")).replace("\"", "");
        tokens.approve(token, API_KEY, IdentityFixture.UID, Instant.now());
        return http.body(signedCall("facebook.auth.getSession", "auth_token", token));
    }

    private static List<Param> signedCall(String method, String... keyValues) {
        List<Param> params = new ArrayList<>(List.of(new Param("method", method), new Param("api_key", API_KEY),
                new Param("format", "json")));
        for (int i = 0; i < keyValues.length; i += 2) {
            params.add(new Param(keyValues[i], keyValues[i + 1]));
        }
        params.add(new Param("sig", Signature.sign(params, Secret.of(SECRET))));
        return params;
    }
}
