package org.restauth.server;

import org.restauth.format.SchemaValidation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.Calls.createToken;
import static org.restauth.server.Calls.p;
import static org.restauth.server.Calls.signed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

/** The successful calls, over real HTTP: every transport, both endpoints, every format. */
@MicronautTest(environments = "apps")
class ApiControllerTest {
    private static final Pattern JSON_TOKEN = Pattern.compile("\"[0-9a-f]{32}\"");
    private static final Pattern JSONP_TOKEN = Pattern.compile("cb\\(\"[0-9a-f]{32}\"\\);");

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
        KnownPeople.ensure(people, 8055);
    }

    @Test
    void get_signedCreateToken_answersTokenAsXml() {
        ApiClient.Answer answer = client.get("/restserver.php", createToken());

        assertXmlToken(answer);
        assertEquals("nosniff", answer.noSniff());
    }

    @Test
    void get_protocolTestVector_answersToken() {
        // docs/protocol.md §3, first vector: float call_id, empty session_key, facebook. prefix
        List<Param> call = List.of(p("api_key", TestApps.DESKTOP_KEY), p("call_id", "1262304000.1234"),
                p("method", "facebook.auth.createToken"), p("session_key", ""), p("v", "1.0"),
                p("sig", "d02c6e2f961645a7ceff31b69ae0fd90"));

        assertXmlToken(client.get("/restserver.php", call));
    }

    @Test
    void postForm_signedCreateToken_answersToken() {
        assertXmlToken(client.postForm("/restserver.php", List.of(), createToken(p("v", "1.0"))));
    }

    @Test
    void postForm_bodyArrivingInTwoPieces_isAnsweredOnceWhole() {
        // the first piece alone parses as a form with the signature missing: answered, it would be an error
        ApiClient.Answer answer = client.postFormInTwoPieces("/restserver.php", createToken(p("v", "1.0")), 300);

        assertXmlToken(answer);
    }

    @Test
    void postMultipart_signedCreateToken_answersToken() {
        assertXmlToken(client.postMultipart("/restserver.php", createToken(p("v", "1.0"), p("locale", "en_US"))));
    }

    @Test
    void postForm_paramsSplitBetweenQueryAndBody_signatureCoversBoth() {
        List<Param> call = createToken(p("v", "1.0"), p("session_key", ""), p("ss", "1"), p("call_id", "1227046450038"));
        // one old client: method, api_key, v, session_key, ss in the query, everything else in the body
        List<Param> query = call.stream().filter(x -> List.of("method", "api_key", "v", "session_key", "ss").contains(x.key())).toList();
        List<Param> body = call.stream().filter(x -> !query.contains(x)).toList();

        assertXmlToken(client.postForm("/restserver.php", query, body));
    }

    @Test
    void getPathMethod_signedWithoutMethodParam_answersToken() {
        List<Param> call = signed(TestApps.DESKTOP_SECRET, p("api_key", TestApps.DESKTOP_KEY), p("v", "1.0"));

        assertXmlToken(client.get("/method/auth.createToken", call));
    }

    @Test
    void postPathMethod_multipart_answersToken() {
        List<Param> call = signed(TestApps.DESKTOP_SECRET, p("api_key", TestApps.DESKTOP_KEY), p("format", "JSON"));

        ApiClient.Answer answer = client.postMultipart("/method/facebook.auth.createToken", call);

        assertEquals(Expected.JSON_CONTENT_TYPE, answer.contentType());
        assertTrue(JSON_TOKEN.matcher(answer.body()).matches(), answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"facebook.auth.createToken", "AUTH.CREATETOKEN", "Facebook.Auth.CreateToken"})
    void get_methodNameVariants_answerToken(String method) {
        List<Param> call = signed(TestApps.DESKTOP_SECRET, p("method", method), p("api_key", TestApps.DESKTOP_KEY));

        assertXmlToken(client.get("/restserver.php", call));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "JSON", "json-strings"})
    void get_jsonFormats_answerBareJsonString(String format) {
        ApiClient.Answer answer = client.get("/restserver.php", createToken(p("format", format)));

        assertEquals(200, answer.status());
        assertEquals(Expected.JSON_CONTENT_TYPE, answer.contentType());
        assertEquals("nosniff", answer.noSniff());
        assertTrue(JSON_TOKEN.matcher(answer.body()).matches(), answer.body());
    }

    @Test
    void get_jsonWithCallback_answersJsonp() {
        ApiClient.Answer answer = client.get("/restserver.php", createToken(p("format", "json"), p("callback", "cb")));

        assertEquals(Expected.JAVASCRIPT_CONTENT_TYPE, answer.contentType());
        assertEquals("nosniff", answer.noSniff());
        assertTrue(JSONP_TOKEN.matcher(answer.body()).matches(), answer.body());
    }

    @Test
    void get_xmlWithCallback_answersXmlDocumentAsJavaScriptString() throws Exception {
        ApiClient.Answer answer = client.get("/restserver.php", createToken(p("callback", "window.FB.cb")));

        assertEquals(Expected.JAVASCRIPT_CONTENT_TYPE, answer.contentType());
        assertEquals("nosniff", answer.noSniff());
        Matcher jsonp = Pattern.compile("window\\.FB\\.cb\\((\".*\")\\);", Pattern.DOTALL).matcher(answer.body());
        assertTrue(jsonp.matches(), answer.body());
        String document = new ObjectMapper().readValue(jsonp.group(1), String.class);
        assertTrue(Expected.TOKEN_XML.matcher(document).matches(), document);
        SchemaValidation.assertValid(document.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void getSession_approvedToken_answersSessionXmlThatValidates() {
        String token = token(client.get("/restserver.php", createToken()));
        tokens.approve(token, TestApps.DESKTOP_KEY, 8055, Instant.now());

        ApiClient.Answer answer = client.postForm("/restserver.php", List.of(), signed(TestApps.DESKTOP_SECRET,
                p("method", "facebook.auth.getSession"), p("api_key", TestApps.DESKTOP_KEY), p("auth_token", token)));

        assertEquals(200, answer.status());
        assertEquals(Expected.XML_CONTENT_TYPE, answer.contentType());
        assertTrue(Pattern.compile(Pattern.quote(Expected.PROLOG + "<auth_getSession_response" + Expected.NAMESPACES + ">")
                + "<session_key>[0-9a-f]+-8055</session_key><uid>8055</uid><expires>\\d+</expires>"
                + "<secret>[0-9a-f]{32}</secret></auth_getSession_response>").matcher(answer.body()).matches(), answer.body());
        SchemaValidation.assertValid(answer.bytes());
    }

    private static void assertXmlToken(ApiClient.Answer answer) {
        token(answer);
    }

    /** Asserts a plain XML token answer and returns the token. */
    private static String token(ApiClient.Answer answer) {
        assertEquals(200, answer.status());
        assertEquals(Expected.XML_CONTENT_TYPE, answer.contentType());
        Matcher matcher = Expected.TOKEN_XML.matcher(answer.body());
        assertTrue(matcher.matches(), answer.body());
        SchemaValidation.assertValid(answer.bytes());
        return matcher.group(1);
    }
}
