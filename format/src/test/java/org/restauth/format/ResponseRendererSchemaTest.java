package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.restauth.format.TestResponses.XML;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;
import org.xml.sax.SAXException;

/** Every XML document the renderer can produce validates against the published facebook.xsd. */
class ResponseRendererSchemaTest {
    private final ResponseRenderer renderer = new ResponseRenderer();

    static Stream<ApiResponse> results() {
        return Stream.of(
                TestResponses.token(XML),
                TestResponses.session(false, XML),
                TestResponses.session(true, XML),
                TestResponses.secret(XML),
                TestResponses.flag("auth.expireSession", true, XML),
                TestResponses.flag("auth.expireSession", false, XML),
                TestResponses.flag("auth.revokeAuthorization", true, XML),
                TestResponses.flag("auth.revokeAuthorization", false, XML));
    }

    @ParameterizedTest
    @MethodSource("results")
    void render_everyResultKindAsXml_validatesAgainstSchema(ApiResponse response) {
        SchemaValidation.assertValid(renderer.render(response).body());
    }

    @ParameterizedTest
    @EnumSource(ApiError.class)
    void render_everyErrorWithArgsAsXml_validatesAgainstSchema(ApiError error) {
        SchemaValidation.assertValid(renderer.render(TestResponses.error(error, XML)).body());
    }

    @Test
    void render_errorWithoutArgsAsXml_validatesAgainstSchema() {
        SchemaValidation.assertValid(renderer.render(TestResponses.error(ApiError.UNKNOWN, XML, List.of())).body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"</script><script>alert(1)</script>", "a&b", "\"'", "x\u2028y", "nul\u0000", "\uD800", "\r\n"})
    void render_errorWithHostileArgAsXml_validatesAgainstSchema(String hostile) {
        List<Param> args = List.of(new Param(hostile, hostile), new Param("sig", hostile));
        SchemaValidation.assertValid(
                renderer.render(TestResponses.error(ApiError.INVALID_PARAMETER, XML, args)).body());
    }

    @Test
    void validate_errorCodeAfterMessage_isRejected() {
        // Proves the helper can fail: the schema fixes error_code before error_msg.
        String wrongOrder = XmlGolden.document("error_response",
                "<error_msg>Incorrect signature</error_msg><error_code>104</error_code>"
                        + "<request_args list=\"true\"></request_args>");
        assertThrows(SAXException.class,
                () -> SchemaValidation.validate(wrongOrder.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void validate_rootWithoutNamespace_isRejected() {
        String noNamespace = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<auth_createToken_response>3e4a22bb2f5ed75114b0fc9995ea85f1</auth_createToken_response>";
        assertThrows(SAXException.class,
                () -> SchemaValidation.validate(noNamespace.getBytes(StandardCharsets.UTF_8)));
    }
}
