package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.format.TestResponses.jsonp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;

/** Echoed parameters are attacker-chosen: they must neither break the document nor break out of it. */
class ResponseRendererHostileValuesTest {
    private static final ObjectMapper JSON_READER = new ObjectMapper();
    private static final String SCRIPT = "</script><script>alert(1)</script>";

    private final ResponseRenderer renderer = new ResponseRenderer();

    /** A hostile value and what a parser must read back from the XML (U+FFFD where XML 1.0 has no way). */
    static Stream<Arguments> hostileValues() {
        return Stream.of(
                Arguments.of(SCRIPT, SCRIPT),
                Arguments.of("a&b&amp;c", "a&b&amp;c"),
                Arguments.of("\"quoted\" 'single'", "\"quoted\" 'single'"),
                Arguments.of("]]>", "]]>"),
                Arguments.of("line\u2028para\u2029end", "line\u2028para\u2029end"),
                Arguments.of("tab\tcr\rlf\ncrlf\r\n", "tab\tcr\rlf\ncrlf\r\n"),
                Arguments.of("nul\u0000bell\u0007", "nul\uFFFDbell\uFFFD"),
                Arguments.of("lone\uD800high", "lone\uFFFDhigh"),
                Arguments.of("lone\uDC00low", "lone\uFFFDlow"),
                Arguments.of("\uFFFE\uFFFF", "\uFFFD\uFFFD"),
                Arguments.of("emoji\uD83D\uDE00ok", "emoji\uD83D\uDE00ok"));
    }

    private static List<Param> argsWith(String hostile) {
        return List.of(new Param("method", "auth.createToken"), new Param(hostile, hostile), new Param("sig", hostile));
    }

    private static List<Param> expectedArgs(String readBack) {
        return List.of(new Param("method", "auth.createToken"), new Param(readBack, readBack),
                new Param("sig", readBack));
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void render_hostileArgAsXml_parsesBackToSameValue(String hostile, String readBack) throws Exception {
        byte[] body = renderer.render(TestResponses.error(ApiError.INCORRECT_SIGNATURE, TestResponses.XML,
                argsWith(hostile))).body();
        assertEquals(expectedArgs(readBack), XmlParsing.requestArgs(XmlParsing.parse(body)));
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void render_hostileTextAsXml_parsesBackToSameValue(String hostile, String readBack) throws Exception {
        ApiResponse response = new ApiResponse("auth.createToken", new ApiResult.Text(hostile), TestResponses.XML,
                List.of());
        byte[] body = renderer.render(response).body();
        assertEquals(readBack, XmlParsing.parse(body).getDocumentElement().getTextContent());
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void render_hostileArgAsJson_hasNoRawScriptCharsAndParsesBack(String hostile, String readBack)
            throws Exception {
        for (ResponseFormat format : List.of(ResponseFormat.JSON, ResponseFormat.JSON_STRINGS)) {
            byte[] body = renderer.render(TestResponses.error(ApiError.INCORRECT_SIGNATURE,
                    ResponseOptions.of(format), argsWith(hostile))).body();
            assertNoRawScriptChars(strictUtf8(body));
            assertEquals(argsWith(hostile), jsonArgs(JSON_READER.readTree(body)));
        }
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void render_hostileArgAsJsonp_hasNoRawScriptCharsAndParsesBack(String hostile, String readBack)
            throws Exception {
        String body = strictUtf8(renderer.render(TestResponses.error(ApiError.INCORRECT_SIGNATURE,
                jsonp(ResponseFormat.JSON), argsWith(hostile))).body());
        assertNoRawScriptChars(body.substring("FB.cb(".length(), body.length() - 2));
        assertEquals(argsWith(hostile), jsonArgs(JSON_READER.readTree(unwrap(body))));
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void render_hostileArgAsXmlJsonp_isOneSafeStringHoldingWellFormedXml(String hostile, String readBack)
            throws Exception {
        String body = strictUtf8(renderer.render(TestResponses.error(ApiError.INCORRECT_SIGNATURE,
                jsonp(ResponseFormat.XML), argsWith(hostile))).body());
        assertFalse(body.toLowerCase(Locale.ROOT).contains("</script"));
        assertNoRawScriptChars(body.substring("FB.cb(".length(), body.length() - 2));
        String xml = JSON_READER.readTree(unwrap(body)).textValue();
        Object args = XmlParsing.requestArgs(XmlParsing.parse(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expectedArgs(readBack), args);
    }

    @Test
    void render_scriptCharsAsJson_areEscapedAsUpperCaseUnicodeEscapes() {
        ApiResponse response = TestResponses.error(ApiError.INVALID_PARAMETER, TestResponses.JSON,
                List.of(new Param("k", "<>&\u2028\u2029")));
        assertEquals("{\"error_code\":100,\"error_msg\":\"Invalid parameter\",\"request_args\":"
                        + "[{\"key\":\"k\",\"value\":\"\\u003C\\u003E\\u0026\\u2028\\u2029\"}]}",
                renderer.render(response).bodyAsString());
    }

    @Test
    void render_scriptCharsInTokenAsJson_areEscaped() {
        ApiResponse response = new ApiResponse("auth.createToken", new ApiResult.Text("</script>"),
                TestResponses.JSON, List.of());
        assertEquals("\"\\u003C/script\\u003E\"", renderer.render(response).bodyAsString());
    }

    @Test
    void render_markupCharsAsXml_areEscaped() {
        ApiResponse response = TestResponses.error(ApiError.INVALID_PARAMETER, TestResponses.XML,
                List.of(new Param("k", "<b>&\"]]>")));
        String body = renderer.render(response).bodyAsString();
        // Woodstox escapes '>' only where it would close a CDATA-like "]]>"; both forms are well-formed.
        assertTrue(body.contains("<arg><key>k</key><value>&lt;b>&amp;\"]]&gt;</value></arg>"), body);
    }

    private static void assertNoRawScriptChars(String json) {
        for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertEquals(-1, json.indexOf(c), () -> "raw U+" + Integer.toHexString(c) + " in " + json);
        }
    }

    /** Decodes as UTF-8 and fails on any malformed byte sequence. */
    private static String strictUtf8(byte[] body) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body)).toString();
    }

    private static String unwrap(String jsonp) {
        assertTrue(jsonp.startsWith("FB.cb(") && jsonp.endsWith(");"), jsonp);
        return jsonp.substring("FB.cb(".length(), jsonp.length() - 2);
    }

    private static List<Param> jsonArgs(JsonNode error) {
        List<Param> args = new ArrayList<>();
        for (JsonNode arg : error.get("request_args")) {
            args.add(new Param(arg.get("key").textValue(), arg.get("value").textValue()));
        }
        return args;
    }
}
