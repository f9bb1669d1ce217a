package org.restauth.server;

import org.restauth.format.SchemaValidation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.Calls.createToken;
import static org.restauth.server.Calls.p;
import static org.restauth.server.Calls.signed;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.request.Param;

/** Every protocol error the server can be made to answer, always HTTP 200 with the exact error body. */
@MicronautTest(environments = "apps")
class ApiErrorsTest {
    private static final String KEY = TestApps.DESKTOP_KEY;

    @Inject
    EmbeddedServer server;

    private ApiClient client;

    @BeforeEach
    void connect() {
        client = new ApiClient(server.getURI());
    }

    @Test
    void get_unknownMethod_answersError3() {
        List<Param> call = signed(TestApps.DESKTOP_SECRET, p("method", "auth.getToken"), p("api_key", KEY));

        assertXmlError(client.get("/restserver.php", call), 3, "Unknown method", call);
    }

    @Test
    void get_unknownPathMethod_answersError3() {
        List<Param> call = signed(TestApps.DESKTOP_SECRET, p("api_key", KEY));

        assertXmlError(client.get("/method/users.setStatus", call), 3, "Unknown method", call);
    }

    @Test
    void get_missingApiKey_answersError101() {
        List<Param> call = List.of(p("method", "auth.createToken"), p("sig", "0123456789abcdef0123456789abcdef"));

        assertXmlError(client.get("/restserver.php", call), 101, "Invalid API key", call);
    }

    @Test
    void get_unknownApiKey_answersError101() {
        List<Param> call = signed("whatever", p("method", "auth.createToken"), p("api_key", "00000000000000000000000000000000"));

        assertXmlError(client.get("/restserver.php", call), 101, "Invalid API key", call);
    }

    @Test
    void get_missingSig_answersError104() {
        List<Param> call = List.of(p("method", "auth.createToken"), p("api_key", KEY), p("v", "1.0"));

        assertXmlError(client.get("/restserver.php", call), 104, "Incorrect signature", call);
    }

    @Test
    void get_wrongSig_answersError104() {
        List<Param> call = signed(TestApps.WEB_SECRET, p("method", "auth.createToken"), p("api_key", KEY));

        assertXmlError(client.get("/restserver.php", call), 104, "Incorrect signature", call);
    }

    @Test
    void get_upperCaseSig_answersError104() {
        List<Param> good = createToken();
        List<Param> call = List.of(good.get(0), good.get(1), p("sig", good.get(2).value().toUpperCase()));

        assertXmlError(client.get("/restserver.php", call), 104, "Incorrect signature", call);
    }

    @Test
    void get_wrongSigAsJson_answersJsonError104() {
        List<Param> call = List.of(p("method", "auth.createToken"), p("api_key", KEY), p("format", "json"),
                p("sig", "00000000000000000000000000000000"));

        ApiClient.Answer answer = client.get("/restserver.php", call);

        assertEquals(200, answer.status());
        assertEquals(Expected.JSON_CONTENT_TYPE, answer.contentType());
        assertEquals(Expected.jsonError(104, "Incorrect signature", call), answer.body());
    }

    @Test
    void postForm_sigInQueryRestInBody_echoesRequestArgsInArrivalOrder() {
        List<Param> query = List.of(p("method", "auth.createToken"), p("sig", "ffffffffffffffffffffffffffffffff"));
        List<Param> body = List.of(p("v", "1.0"), p("api_key", KEY), p("call_id", "1227046450038"));
        List<Param> arrival = new ArrayList<>(query);
        arrival.addAll(body);

        assertXmlError(client.postForm("/restserver.php", query, body), 104, "Incorrect signature", arrival);
    }

    @Test
    void postForm_moreThanMaxParams_answersError105() {
        List<Param> call = new ArrayList<>(List.of(p("method", "auth.createToken"), p("api_key", KEY)));
        for (int i = 0; call.size() < 101; i++) {
            call.add(p("p" + i, "x"));
        }
        call = signed(TestApps.DESKTOP_SECRET, call.toArray(Param[]::new));

        assertXmlError(client.postForm("/restserver.php", List.of(), call), 105,
                "The number of parameters exceeded the maximum for this operation", call);
    }

    @Test
    void postForm_exactlyMaxParams_answersToken() {
        List<Param> call = new ArrayList<>(List.of(p("method", "auth.createToken"), p("api_key", KEY)));
        for (int i = 0; call.size() < 99; i++) {
            call.add(p("p" + i, "x"));
        }
        call = signed(TestApps.DESKTOP_SECRET, call.toArray(Param[]::new));

        ApiClient.Answer answer = client.postForm("/restserver.php", List.of(), call);

        assertTrue(Expected.TOKEN_XML.matcher(answer.body()).matches(), answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yaml", "php", "xml2"})
    void get_unknownFormat_answersError100InXml(String format) {
        List<Param> call = createToken(p("format", format));

        assertXmlError(client.get("/restserver.php", call), 100, "Invalid parameter", call);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alert(1)//", "a..b", "cb;alert(1)", "1cb", "a-b"})
    void get_hostileCallback_answersError100WithoutWrapping(String callback) {
        List<Param> call = createToken(p("format", "json"), p("callback", callback));

        ApiClient.Answer answer = client.get("/restserver.php", call);

        assertEquals(200, answer.status());
        assertEquals(Expected.JSON_CONTENT_TYPE, answer.contentType());
        assertEquals(Expected.jsonError(100, "Invalid parameter", call), answer.body());
    }

    @Test
    void get_scriptEndCallback_answersError100WithTheNameEscaped() {
        List<Param> call = createToken(p("format", "json"), p("callback", "</script>"));

        ApiClient.Answer answer = client.get("/restserver.php", call);

        assertEquals(Expected.JSON_CONTENT_TYPE, answer.contentType());
        assertEquals("{\"error_code\":100,\"error_msg\":\"Invalid parameter\",\"request_args\":["
                + "{\"key\":\"method\",\"value\":\"auth.createToken\"},{\"key\":\"api_key\",\"value\":\"" + KEY + "\"},"
                + "{\"key\":\"format\",\"value\":\"json\"},{\"key\":\"callback\",\"value\":\"\\u003C/script\\u003E\"},"
                + "{\"key\":\"sig\",\"value\":\"" + call.get(4).value() + "\"}]}", answer.body());
    }

    @Test
    void get_scriptEndCallbackInXml_answersError100EscapedAndValid() {
        List<Param> call = createToken(p("callback", "</script><script>alert(1)</script>"));

        ApiClient.Answer answer = client.get("/restserver.php", call);

        assertEquals(200, answer.status());
        assertEquals(Expected.XML_CONTENT_TYPE, answer.contentType());
        assertTrue(answer.body().startsWith(Expected.PROLOG + "<error_response"), answer.body());
        assertTrue(answer.body().contains("<error_code>100</error_code>"), answer.body());
        assertFalse(answer.body().contains("<script>"), answer.body());
        SchemaValidation.assertValid(answer.bytes());
    }

    @Test
    void get_200CharacterCallback_answersError100() {
        List<Param> call = createToken(p("format", "json"), p("callback", "a".repeat(200)));

        ApiClient.Answer answer = client.get("/restserver.php", call);

        assertEquals(Expected.jsonError(100, "Invalid parameter", call), answer.body());
        assertFalse(answer.body().startsWith("a"), answer.body());
    }

    @Test
    void get_malformedPercentEncoding_answersError100() {
        ApiClient.Answer answer = client.getVerbatim("/restserver.php?method=auth.createToken&api_key=" + KEY + "&v=%zz");

        assertXmlError(answer, 100, "Invalid parameter", List.of(p("method", "auth.createToken"), p("api_key", KEY)));
    }

    @Test
    void get_truncatedPercentEncoding_answersError100() {
        ApiClient.Answer answer = client.getVerbatim("/restserver.php?method=auth.createToken&v=1%2");

        assertXmlError(answer, 100, "Invalid parameter", List.of(p("method", "auth.createToken")));
    }

    @Test
    void get_rawNonUriCharacters_areReadAsSent() {
        ApiClient.Answer answer = client.getVerbatim("/restserver.php?method=auth.createToken&api_key=" + KEY
                + "&x=a|b{c}&sig=0");

        assertXmlError(answer, 104, "Incorrect signature",
                List.of(p("method", "auth.createToken"), p("api_key", KEY), p("x", "a|b{c}"), p("sig", "0")));
    }

    @Test
    void get_invalidUtf8InQuery_answersError100() {
        ApiClient.Answer answer = client.getVerbatim("/restserver.php?method=auth.createToken&name=%C3%28");

        assertXmlError(answer, 100, "Invalid parameter", List.of(p("method", "auth.createToken")));
    }

    @Test
    void postForm_invalidUtf8_answersError100() {
        byte[] body = ("method=auth.createToken&api_key=" + KEY + "&name=caf%E9").getBytes(StandardCharsets.US_ASCII);

        ApiClient.Answer answer = client.post("/restserver.php", ApiClient.FORM, body);

        assertXmlError(answer, 100, "Invalid parameter", List.of(p("method", "auth.createToken"), p("api_key", KEY)));
    }

    @Test
    void postMultipart_truncatedBody_answersProtocolErrorNot500() {
        byte[] body = ("--b0undary\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\nauth.createToken\r\n"
                + "--b0undary\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\n" + KEY)
                .getBytes(StandardCharsets.US_ASCII);

        ApiClient.Answer answer = client.post("/restserver.php", "multipart/form-data; boundary=b0undary", body);

        assertEquals(200, answer.status());
        assertEquals(Expected.XML_CONTENT_TYPE, answer.contentType());
        assertTrue(answer.body().contains("<error_code>100</error_code>"), answer.body());
        SchemaValidation.assertValid(answer.bytes());
    }

    @Test
    void postMultipart_noBoundary_answersError100() {
        ApiClient.Answer answer = client.post("/restserver.php", "multipart/form-data", "garbage".getBytes(StandardCharsets.US_ASCII));

        assertXmlError(answer, 100, "Invalid parameter", List.of());
    }

    @Test
    void get_semicolonInValue_isPartOfTheValue() {
        List<Param> call = List.of(p("method", "auth.createToken"), p("api_key", KEY), p("x", "1;y=2"),
                p("sig", "00000000000000000000000000000000"));

        ApiClient.Answer answer = client.getRaw("/restserver.php?method=auth.createToken&api_key=" + KEY
                + "&x=1;y=2&sig=00000000000000000000000000000000");

        assertXmlError(answer, 104, "Incorrect signature", call);
    }

    @Test
    void get_repeatedKeys_isError100WithEveryPairEchoed() {
        ApiClient.Answer answer = client.getRaw("/restserver.php?method=auth.createToken&popup&api_key=" + KEY
                + "&a=1&a=2&b=&sig=x");

        // clients disagree on which of two equal keys they sign: refused before the signature (docs/security.md)
        assertXmlError(answer, 100, "Invalid parameter", List.of(p("method", "auth.createToken"), p("popup", ""),
                p("api_key", KEY), p("a", "1"), p("a", "2"), p("b", ""), p("sig", "x")));
    }

    @Test
    void postForm_bodyOverOneMegabyte_answers413() {
        byte[] body = ("method=auth.createToken&pad=" + "x".repeat(1_100_000)).getBytes(StandardCharsets.US_ASCII);

        ApiClient.Answer answer = client.post("/restserver.php", ApiClient.FORM, body);

        assertEquals(413, answer.status());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    private static void assertXmlError(ApiClient.Answer answer, int code, String message, List<Param> args) {
        assertEquals(200, answer.status());
        assertEquals(Expected.XML_CONTENT_TYPE, answer.contentType());
        assertEquals("nosniff", answer.noSniff());
        assertEquals(Expected.xmlError(code, message, args), answer.body());
        SchemaValidation.assertValid(answer.bytes());
    }
}
