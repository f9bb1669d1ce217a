package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.restauth.format.TestResponses.XML;
import static org.restauth.format.XmlGolden.ARGS_XML;
import static org.restauth.format.XmlGolden.document;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.error.ApiError;

class ResponseRendererXmlTest {
    private final ResponseRenderer renderer = new ResponseRenderer();

    private String render(ApiResponse response) {
        return renderer.render(response).bodyAsString();
    }

    @Test
    void render_tokenAsXml_isThePublishedDocumentExactly() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<auth_createToken_response xmlns=\"http://api.facebook.com/1.0/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:schemaLocation=\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\">"
                + "3e4a22bb2f5ed75114b0fc9995ea85f1</auth_createToken_response>",
                render(TestResponses.token(XML)));
    }

    @Test
    void render_xml_hasXmlContentType() {
        assertEquals("text/xml; charset=utf-8", renderer.render(TestResponses.token(XML)).contentType());
    }

    @Test
    void render_sessionWithoutSecretAsXml_writesKeyUidExpiresInOrder() {
        assertEquals(document("auth_getSession_response",
                "<session_key>5f34e11bfb97c762e439e6a5-8055</session_key><uid>8055</uid>"
                        + "<expires>1173309298</expires>"),
                render(TestResponses.session(false, XML)));
    }

    @Test
    void render_sessionWithSecretAsXml_writesSecretLast() {
        assertEquals(document("auth_getSession_response",
                "<session_key>5f34e11bfb97c762e439e6a5-8055</session_key><uid>8055</uid>"
                        + "<expires>1173309298</expires><secret>c2f4a7e1b3d5f7a9c1e3b5d7f9a1c3e5</secret>"),
                render(TestResponses.session(true, XML)));
    }

    @Test
    void render_promotedSecretAsXml_isRootText() {
        assertEquals(document("auth_promoteSession_response", "c2f4a7e1b3d5f7a9c1e3b5d7f9a1c3e5"),
                render(TestResponses.secret(XML)));
    }

    @Test
    void render_flagTrueAsXml_isOne() {
        assertEquals(document("auth_expireSession_response", "1"),
                render(TestResponses.flag("auth.expireSession", true, XML)));
    }

    @Test
    void render_flagFalseAsXml_isZero() {
        assertEquals(document("auth_revokeAuthorization_response", "0"),
                render(TestResponses.flag("auth.revokeAuthorization", false, XML)));
    }

    @Test
    void render_incorrectSignatureAsXml_writesCodeMessageAndEveryArgInOrder() {
        assertEquals(document("error_response",
                "<error_code>104</error_code><error_msg>Incorrect signature</error_msg>" + ARGS_XML),
                render(TestResponses.error(ApiError.INCORRECT_SIGNATURE, XML)));
    }

    @Test
    void render_errorWithoutArgsAsXml_writesEmptyRequestArgs() {
        assertEquals(document("error_response",
                "<error_code>3</error_code><error_msg>Unknown method</error_msg>"
                        + "<request_args list=\"true\"></request_args>"),
                render(TestResponses.error(ApiError.UNKNOWN_METHOD, XML, List.of())));
    }

    @Test
    void render_methodWithFacebookPrefix_rootDropsThePrefix() {
        ApiResponse response = new ApiResponse("facebook.auth.createToken",
                new ApiResult.Text("abc"), XML, List.of());
        assertEquals(document("auth_createToken_response", "abc"), render(response));
    }

    @Test
    void render_emptyTextAsXml_keepsStartAndEndTags() {
        ApiResponse response = new ApiResponse("auth.createToken", new ApiResult.Text(""), XML, List.of());
        assertEquals(document("auth_createToken_response", ""), render(response));
    }

    @Test
    void render_resultWithoutMethod_isRefused() {
        ApiResponse response = new ApiResponse("", new ApiResult.Flag(true), XML, List.of());
        assertThrows(IllegalArgumentException.class, () -> renderer.render(response));
    }

    @Test
    void render_methodThatIsNoXmlName_isRefused() {
        ApiResponse response = new ApiResponse("auth.<x>", new ApiResult.Flag(true), XML, List.of());
        assertThrows(IllegalArgumentException.class, () -> renderer.render(response));
    }
}
