package org.restauth.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.Calls.createToken;
import static org.restauth.server.Calls.p;
import static org.restauth.server.Calls.signed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.request.Param;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.PersonStore;
import org.restauth.format.SchemaValidation;

/**
 * auth.getSession and the session methods over real HTTP, in XML (validated against the published
 * schema), JSON and json-strings: every getSession outcome, and each session method's answers and errors.
 */
@MicronautTest(environments = "apps")
class SessionFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long UID = 8055;

    @Inject
    EmbeddedServer server;
    @Inject
    TokenStore tokens;
    @Inject
    PersonStore people;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient(server.getURI());
        KnownPeople.ensure(people, UID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json", "json-strings"})
    void sessionLife_desktopApp_getSessionPromoteExpireInEachFormat(String format) throws Exception {
        String token = approvedToken(TestApps.DESKTOP_KEY, TestApps.DESKTOP_SECRET);

        Session session = session(call(format, TestApps.DESKTOP_SECRET, p("method", "auth.getSession"),
                p("api_key", TestApps.DESKTOP_KEY), p("auth_token", token)), format);
        assertTrue(session.key.matches("[0-9a-f]{24}-" + UID), session.key);
        assertTrue(session.secret.matches("[0-9a-f]{32}"), "a desktop session has a secret");
        long now = Instant.now().getEpochSecond();
        assertTrue(Math.abs(session.expires - (now + 24 * 3600)) < 60, "expires in 24 h: " + session.expires);

        ApiClient.Answer promoted = call(format, session.secret, p("method", "auth.promoteSession"),
                p("api_key", TestApps.DESKTOP_KEY), p("session_key", session.key), p("ss", "1"));
        assertEquals(session.secret, scalar(promoted, format, "auth_promoteSession_response"));

        ApiClient.Answer expired = call(format, TestApps.DESKTOP_SECRET, p("method", "auth.expireSession"),
                p("api_key", TestApps.DESKTOP_KEY), p("session_key", session.key));
        assertEquals(format.equals("xml") ? "1" : "true", scalar(expired, format, "auth_expireSession_response"));

        ApiClient.Answer again = call(format, TestApps.DESKTOP_SECRET, p("method", "auth.expireSession"),
                p("api_key", TestApps.DESKTOP_KEY), p("session_key", session.key));
        assertEquals("102", errorCode(again, format));
    }

    @Test
    void getSession_webAppWithoutSecretRequest_answersNoSecret() throws Exception {
        String token = approvedToken(TestApps.WEB_KEY, TestApps.WEB_SECRET);

        ApiClient.Answer answer = call("json", TestApps.WEB_SECRET, p("method", "auth.getSession"),
                p("api_key", TestApps.WEB_KEY), p("auth_token", token));

        JsonNode session = JSON.readTree(answer.body());
        assertTrue(session.get("uid").isTextual(), "uid is a JSON string");
        assertTrue(session.get("expires").isNumber(), "expires is a JSON number");
        assertFalse(session.has("secret"), answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true"})
    void getSession_webAppAskingForSecret_answersSecret(String flag) throws Exception {
        String token = approvedToken(TestApps.WEB_KEY, TestApps.WEB_SECRET);

        ApiClient.Answer answer = call("json", TestApps.WEB_SECRET, p("method", "auth.getSession"),
                p("api_key", TestApps.WEB_KEY), p("auth_token", token), p("generate_session_secret", flag));

        assertTrue(JSON.readTree(answer.body()).get("secret").asText().matches("[0-9a-f]{32}"), answer.body());
    }

    @Test
    void getSession_tokenNotYetApproved_answers100AndBurnsIt() throws Exception {
        String token = issuedToken(TestApps.DESKTOP_KEY, TestApps.DESKTOP_SECRET);

        assertEquals("100", errorCode(getSession(token), "xml"));
        assertEquals(TokenStore.ApproveResult.UNKNOWN, tokens.approve(token, TestApps.DESKTOP_KEY, UID, Instant.now()));
    }

    @Test
    void getSession_tokenAlreadyUsed_answers100() throws Exception {
        String token = approvedToken(TestApps.DESKTOP_KEY, TestApps.DESKTOP_SECRET);
        assertEquals(200, getSession(token).status());

        assertEquals("100", errorCode(getSession(token), "xml"));
    }

    @Test
    void getSession_otherApplicationsToken_answers100() throws Exception {
        String token = approvedToken(TestApps.WEB_KEY, TestApps.WEB_SECRET);

        assertEquals("100", errorCode(getSession(token), "xml"));
    }

    @Test
    void getSession_unknownOrMissingToken_answers100() throws Exception {
        assertEquals("100", errorCode(getSession("3e4a22bb2f5ed75114b0fc9995ea85f1"), "xml"));
        assertEquals("100", errorCode(getSession("abcde"), "xml"));
        assertEquals("100", errorCode(call("xml", TestApps.DESKTOP_SECRET, p("method", "auth.getSession"),
                p("api_key", TestApps.DESKTOP_KEY)), "xml"));
    }

    @Test
    void sessionMethods_withoutOrWithUnknownSession_answer453And102() throws Exception {
        assertEquals("453", errorCode(call("xml", TestApps.DESKTOP_SECRET, p("method", "auth.expireSession"),
                p("api_key", TestApps.DESKTOP_KEY), p("session_key", "")), "xml"));
        assertEquals("102", errorCode(call("json", TestApps.DESKTOP_SECRET, p("method", "auth.promoteSession"),
                p("api_key", TestApps.DESKTOP_KEY), p("session_key", "0123456789abcdef01234567-8055")), "json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "json", "json-strings"})
    void revokeAuthorization_byUid_endsTheSessionsThenAnswersFalse(String format) throws Exception {
        String token = approvedToken(TestApps.WEB_KEY, TestApps.WEB_SECRET);
        Session session = session(call(format, TestApps.WEB_SECRET, p("method", "auth.getSession"),
                p("api_key", TestApps.WEB_KEY), p("auth_token", token)), format);

        ApiClient.Answer revoked = revokeByUid(format);
        assertEquals(format.equals("xml") ? "1" : "true", scalar(revoked, format, "auth_revokeAuthorization_response"));
        assertEquals(format.equals("xml") ? "0" : "false",
                scalar(revokeByUid(format), format, "auth_revokeAuthorization_response"));
        assertEquals("102", errorCode(call(format, TestApps.WEB_SECRET, p("method", "auth.expireSession"),
                p("api_key", TestApps.WEB_KEY), p("session_key", session.key)), format));
    }

    private ApiClient.Answer revokeByUid(String format) {
        return call(format, TestApps.WEB_SECRET, p("method", "auth.revokeAuthorization"),
                p("api_key", TestApps.WEB_KEY), p("uid", Long.toString(UID)));
    }

    private ApiClient.Answer getSession(String token) {
        return call("xml", TestApps.DESKTOP_SECRET, p("method", "auth.getSession"),
                p("api_key", TestApps.DESKTOP_KEY), p("auth_token", token));
    }

    private String issuedToken(String apiKey, String secret) {
        ApiClient.Answer answer = client.postForm("/restserver.php", List.of(),
                signed(secret, p("method", "auth.createToken"), p("api_key", apiKey)));
        Matcher matcher = Expected.TOKEN_XML.matcher(answer.body());
        assertTrue(matcher.matches(), answer.body());
        return matcher.group(1);
    }

    private String approvedToken(String apiKey, String secret) {
        String token = issuedToken(apiKey, secret);
        assertEquals(TokenStore.ApproveResult.APPROVED, tokens.approve(token, apiKey, UID, Instant.now()));
        return token;
    }

    /** A signed POST with {@code format} added; every XML answer is validated against the schema. */
    private ApiClient.Answer call(String format, String secret, Param... params) {
        List<Param> all = new ArrayList<>(List.of(params));
        all.add(p("format", format));
        ApiClient.Answer answer = client.postForm("/restserver.php", List.of(), signed(secret, all.toArray(Param[]::new)));
        assertEquals(200, answer.status(), answer.body());
        assertEquals(format.equals("xml") ? Expected.XML_CONTENT_TYPE : Expected.JSON_CONTENT_TYPE, answer.contentType());
        if (format.equals("xml")) {
            SchemaValidation.assertValid(answer.bytes());
        }
        return answer;
    }

    private static Session session(ApiClient.Answer answer, String format) throws Exception {
        if (format.equals("xml")) {
            Matcher m = Pattern.compile(Pattern.quote(Expected.PROLOG + "<auth_getSession_response" + Expected.NAMESPACES
                    + ">") + "<session_key>([^<]+)</session_key><uid>" + UID + "</uid><expires>(\\d+)</expires>"
                    + "(?:<secret>([0-9a-f]{32})</secret>)?</auth_getSession_response>").matcher(answer.body());
            assertTrue(m.matches(), answer.body());
            return new Session(m.group(1), Long.parseLong(m.group(2)), m.group(3) == null ? "" : m.group(3));
        }
        JsonNode json = JSON.readTree(answer.body());
        assertEquals(Long.toString(UID), json.get("uid").asText());
        assertEquals(format.equals("json"), json.get("expires").isNumber(), answer.body());
        return new Session(json.get("session_key").asText(), json.get("expires").asLong(),
                json.has("secret") ? json.get("secret").asText() : "");
    }

    /** The text of an XML root, or the bare JSON scalar. */
    private static String scalar(ApiClient.Answer answer, String format, String root) throws Exception {
        if (format.equals("xml")) {
            Matcher m = Pattern.compile(Pattern.quote(Expected.PROLOG + "<" + root + Expected.NAMESPACES + ">")
                    + "([^<]*)" + Pattern.quote("</" + root + ">")).matcher(answer.body());
            assertTrue(m.matches(), answer.body());
            return m.group(1);
        }
        JsonNode json = JSON.readTree(answer.body());
        assertTrue(json.isValueNode(), answer.body());
        return json.asText();
    }

    private static String errorCode(ApiClient.Answer answer, String format) throws Exception {
        if (format.equals("xml")) {
            Matcher m = Pattern.compile("<error_response[^>]*><error_code>(\\d+)</error_code>").matcher(answer.body());
            assertTrue(m.find(), answer.body());
            return m.group(1);
        }
        JsonNode code = JSON.readTree(answer.body()).get("error_code");
        assertEquals(format.equals("json"), code.isNumber(), answer.body());
        return code.asText();
    }

    private record Session(String key, long expires, String secret) {
    }
}
