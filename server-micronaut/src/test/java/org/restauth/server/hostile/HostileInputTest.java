package org.restauth.server.hostile;

import org.restauth.server.Expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.hostile.Wire.KEY;
import static org.restauth.server.hostile.Wire.p;
import static org.restauth.server.hostile.Wire.signed;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.request.Param;

/** docs/security.md's encoding rules and input limits, one test each, over real HTTP with the default limits. */
@MicronautTest(environments = "apps")
class HostileInputTest {
    private static final String XML = "text/xml; charset=utf-8";
    private static final String INVALID = "Invalid parameter";
    private static final String BOUNDARY = "b0undary";

    @Inject
    EmbeddedServer server;
    private Wire wire;

    @BeforeEach
    void setUp() {
        wire = new Wire(server.getURI());
    }

    private void assertToken(Wire.Answer answer) {
        assertEquals(200, answer.status());
        assertTrue(Expected.TOKEN_XML.matcher(answer.body()).matches(), answer.body());
    }

    private static void assertXmlError(Wire.Answer answer, int code, String message, List<Param> args) {
        assertEquals(200, answer.status());
        assertEquals(XML, answer.contentType());
        assertEquals(Expected.xmlError(code, message, args), answer.body());
    }

    @Test
    void get_invalidUtf8_isError100EchoingWhatWasRead() {
        Wire.Answer answer = wire.get("/restserver.php?method=auth.createToken&api_key=" + KEY + "&v=%C3%28");

        assertXmlError(answer, 100, INVALID, List.of(p("method", "auth.createToken"), p("api_key", KEY)));
    }

    @Test
    void get_truncatedPercentEscape_isError100() {
        Wire.Answer answer = wire.get("/restserver.php?method=auth.createToken&v=1%2");

        assertXmlError(answer, 100, INVALID, List.of(p("method", "auth.createToken")));
    }

    @Test
    void get_duplicatedSig_isError100() {
        List<Param> call = new ArrayList<>(signed("auth.createToken"));
        call.add(call.get(call.size() - 1));

        assertXmlError(wire.get(call), 100, INVALID, call);
    }

    @Test
    void get_emptyKey_isError100EvenWhenSigned() {
        List<Param> call = signed("auth.createToken", p("", "v"));

        assertXmlError(wire.get("/restserver.php?" + Wire.encode(call)), 100, INVALID, call);
    }

    @Test
    void get_emptyPairs_areIgnored() {
        String query = Wire.encode(signed("auth.createToken")).replace("&", "&&");

        assertToken(wire.get("/restserver.php?&" + query + "&&"));
    }

    @Test
    void get_controlCharactersInValue_areSignedAsReceived() {
        assertToken(wire.get(signed("auth.createToken", p("locale", "a\u0000\u0001\u001f\u007fb"))));
    }

    @Test
    void get_controlCharactersAndMarkupEchoedInJson_areEscaped() {
        Wire.Answer answer = wire.get("/restserver.php?format=json&x=%00%3Cscript%3E%E2%80%A8");

        assertEquals("{\"error_code\":101,\"error_msg\":\"Invalid API key\",\"request_args\":["
                + "{\"key\":\"format\",\"value\":\"json\"},{\"key\":\"x\",\"value\":\"\\u0000\\u003Cscript\\u003E\\u2028\"}]}",
                answer.body());
    }

    @Test
    void get_controlCharactersEchoedInXml_becomeReplacementCharacters() {
        Wire.Answer answer = wire.get("/restserver.php?x=%00%01%3Cb%3E");

        assertXmlError(answer, 101, "Invalid API key", List.of(p("x", "\uFFFD\uFFFD&lt;b>")));
    }

    @Test
    void get_hugeCallId_isNeverParsedOnAuthMethods() {
        assertToken(wire.get(signed("auth.createToken", p("call_id", "9".repeat(400) + ".5e99999"))));
    }

    @Test
    void get_valueOf4096Chars_isServedAnd4097_isError100() {
        assertToken(wire.get(signed("auth.createToken", p("locale", "x".repeat(4096)))));

        List<Param> call = signed("auth.createToken", p("locale", "x".repeat(4097)));
        assertXmlError(wire.get(call), 100, INVALID, call);
    }

    @Test
    void get_keyOf129Chars_isError100() {
        List<Param> call = signed("auth.createToken", p("k".repeat(129), "1"));

        assertXmlError(wire.get(call), 100, INVALID, call);
    }

    @Test
    void get_methodNameOf300Chars_isError3() {
        List<Param> call = signed("auth." + "m".repeat(295));

        assertXmlError(wire.get(call), 3, "Unknown method", call);
    }

    @Test
    void get_callbackOf129Chars_isError100AndNeverEchoedRaw() {
        List<Param> call = signed("auth.createToken", p("callback", "c".repeat(129)));

        assertXmlError(wire.get(call), 100, INVALID, call);
        assertEquals(200, wire.get(signed("auth.createToken", p("callback", "c".repeat(128)))).status());
        assertTrue(wire.get(signed("auth.createToken", p("callback", "c".repeat(128)))).body()
                .startsWith("c".repeat(128) + "(\""));
    }

    @Test
    void post_bodyOneByteOver64KB_is413BeforeParsing() {
        byte[] body = ("method=auth.createToken&pad=" + "x".repeat(65_536)).getBytes(StandardCharsets.US_ASCII);

        Wire.Answer answer = wire.post("/restserver.php", Wire.FORM, body);

        assertEquals(413, answer.status());
        assertEquals("", answer.body());
    }

    @Test
    void post_bodyJustUnder64KB_isReadAndAnsweredByTheValueLimit() {
        List<Param> call = signed("auth.createToken", p("pad", "x".repeat(60_000)));

        assertXmlError(wire.post("/restserver.php", Wire.FORM, Wire.encode(call).getBytes(StandardCharsets.UTF_8)),
                100, INVALID, call);
    }

    @Test
    void post_multipartWith150Parts_isError105() {
        List<Param> parts = new ArrayList<>(signed("auth.createToken"));
        for (int i = 0; i < 147; i++) {
            parts.add(p("p" + i, "1"));
        }

        Wire.Answer answer = wire.post("/restserver.php", "multipart/form-data; boundary=" + BOUNDARY, multipart(parts));

        assertXmlError(answer, 105, "The number of parameters exceeded the maximum for this operation", parts);
    }

    @Test
    void post_nestedMultipart_isError100() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"method\"\r\n\r\nauth.createToken\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"\r\n"
                + "Content-Type: multipart/mixed; boundary=inner\r\n\r\n"
                + "--inner\r\nContent-Disposition: file; filename=\"a.txt\"\r\n\r\nhello\r\n--inner--\r\n"
                + "--" + BOUNDARY + "--\r\n";

        Wire.Answer answer = wire.post("/restserver.php", "multipart/form-data; boundary=" + BOUNDARY,
                body.getBytes(StandardCharsets.UTF_8));

        assertXmlError(answer, 100, INVALID, List.of());
    }

    private static byte[] multipart(List<Param> parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Param part : parts) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.key() + "\"\r\n\r\n"
                    + part.value() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
