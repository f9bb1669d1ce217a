package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.format.TestResponses.jsonp;
import static org.restauth.format.XmlGolden.ARGS_JSON;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.ResponseFormat;

class ResponseRendererJsonpTest {
    /** The XML document of the token response, as a JSON string body (PROLOG newline as \n, < > escaped). */
    private static final String TOKEN_XML_LITERAL = "\"\\u003C?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?\\u003E\\n"
            + "\\u003Cauth_createToken_response xmlns=\\\"http://api.facebook.com/1.0/\\\" "
            + "xmlns:xsi=\\\"http://www.w3.org/2001/XMLSchema-instance\\\" "
            + "xsi:schemaLocation=\\\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\\\"\\u003E"
            + "3e4a22bb2f5ed75114b0fc9995ea85f1\\u003C/auth_createToken_response\\u003E\"";

    private final ResponseRenderer renderer = new ResponseRenderer();

    private String render(ApiResponse response) {
        return renderer.render(response).bodyAsString();
    }

    @Test
    void render_tokenAsJsonWithCallback_wrapsBareString() {
        assertEquals("FB.cb(\"3e4a22bb2f5ed75114b0fc9995ea85f1\");",
                render(TestResponses.token(jsonp(ResponseFormat.JSON))));
    }

    @Test
    void render_tokenAsJsonStringsWithCallback_wrapsBareString() {
        assertEquals("FB.cb(\"3e4a22bb2f5ed75114b0fc9995ea85f1\");",
                render(TestResponses.token(jsonp(ResponseFormat.JSON_STRINGS))));
    }

    @Test
    void render_tokenAsXmlWithCallback_wrapsWholeDocumentAsOneStringLiteral() {
        assertEquals("FB.cb(" + TOKEN_XML_LITERAL + ");", render(TestResponses.token(jsonp(ResponseFormat.XML))));
    }

    @Test
    void render_sessionAsJsonWithCallback_wrapsObject() {
        assertEquals("FB.cb({\"session_key\":\"5f34e11bfb97c762e439e6a5-8055\",\"uid\":\"8055\","
                        + "\"expires\":1173309298});",
                render(TestResponses.session(false, jsonp(ResponseFormat.JSON))));
    }

    @Test
    void render_sessionAsJsonStringsWithCallback_wrapsObjectOfStrings() {
        assertEquals("FB.cb({\"session_key\":\"5f34e11bfb97c762e439e6a5-8055\",\"uid\":\"8055\","
                        + "\"expires\":\"1173309298\",\"secret\":\"c2f4a7e1b3d5f7a9c1e3b5d7f9a1c3e5\"});",
                render(TestResponses.session(true, jsonp(ResponseFormat.JSON_STRINGS))));
    }

    @Test
    void render_flagAsJsonWithCallback_wrapsBoolean() {
        assertEquals("FB.cb(false);",
                render(TestResponses.flag("auth.revokeAuthorization", false, jsonp(ResponseFormat.JSON))));
    }

    @Test
    void render_flagAsXmlWithCallback_wrapsDocument() {
        String body = render(TestResponses.flag("auth.expireSession", true, jsonp(ResponseFormat.XML)));
        assertTrue(body.startsWith("FB.cb(\"\\u003C?xml "), body);
        assertTrue(body.endsWith("\\u003E1\\u003C/auth_expireSession_response\\u003E\");"), body);
    }

    @Test
    void render_errorAsJsonWithCallback_wrapsErrorObject() {
        assertEquals("FB.cb({\"error_code\":104,\"error_msg\":\"Incorrect signature\",\"request_args\":"
                        + ARGS_JSON + "});",
                render(TestResponses.error(ApiError.INCORRECT_SIGNATURE, jsonp(ResponseFormat.JSON))));
    }

    @Test
    void render_errorAsJsonStringsWithCallback_wrapsErrorObjectWithStringCode() {
        assertEquals("FB.cb({\"error_code\":\"104\",\"error_msg\":\"Incorrect signature\",\"request_args\":"
                        + ARGS_JSON + "});",
                render(TestResponses.error(ApiError.INCORRECT_SIGNATURE, jsonp(ResponseFormat.JSON_STRINGS))));
    }

    @Test
    void render_errorAsXmlWithCallback_wrapsErrorDocument() {
        String expected = "FB.cb(\"\\u003C?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?\\u003E\\n"
                + "\\u003Cerror_response xmlns=\\\"http://api.facebook.com/1.0/\\\" "
                + "xmlns:xsi=\\\"http://www.w3.org/2001/XMLSchema-instance\\\" "
                + "xsi:schemaLocation=\\\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\\\"\\u003E"
                + "\\u003Cerror_code\\u003E104\\u003C/error_code\\u003E"
                + "\\u003Cerror_msg\\u003EIncorrect signature\\u003C/error_msg\\u003E"
                + "\\u003Crequest_args list=\\\"true\\\"\\u003E"
                + "\\u003Carg\\u003E\\u003Ckey\\u003Emethod\\u003C/key\\u003E"
                + "\\u003Cvalue\\u003Efacebook.auth.createToken\\u003C/value\\u003E\\u003C/arg\\u003E"
                + "\\u003Carg\\u003E\\u003Ckey\\u003Eapi_key\\u003C/key\\u003E"
                + "\\u003Cvalue\\u003E0123456789abcdef0123456789abcdef\\u003C/value\\u003E\\u003C/arg\\u003E"
                + "\\u003Carg\\u003E\\u003Ckey\\u003Ev\\u003C/key\\u003E"
                + "\\u003Cvalue\\u003E1.0\\u003C/value\\u003E\\u003C/arg\\u003E"
                + "\\u003Carg\\u003E\\u003Ckey\\u003Esession_key\\u003C/key\\u003E"
                + "\\u003Cvalue\\u003E\\u003C/value\\u003E\\u003C/arg\\u003E"
                + "\\u003Carg\\u003E\\u003Ckey\\u003Esig\\u003C/key\\u003E"
                + "\\u003Cvalue\\u003E0fe3138502de1b7a7e6a17b3f4832d96\\u003C/value\\u003E\\u003C/arg\\u003E"
                + "\\u003C/request_args\\u003E\\u003C/error_response\\u003E\");";
        assertEquals(expected, render(TestResponses.error(ApiError.INCORRECT_SIGNATURE, jsonp(ResponseFormat.XML))));
    }

    @Test
    void render_withCallback_hasJavascriptContentTypeForEveryFormat() {
        for (ResponseFormat format : ResponseFormat.values()) {
            assertEquals("text/javascript; charset=utf-8",
                    renderer.render(TestResponses.token(jsonp(format))).contentType(), format.name());
        }
    }

    @Test
    void render_xmlWithCallback_isUnwrappedByTheOldClientsPattern() {
        // The pattern one old client unwraps with (docs/protocol.md §4); '.' matches no line break.
        Matcher matcher = Pattern.compile("^FB.cb[^(]*[(](.+)[)];$")
                .matcher(render(TestResponses.error(ApiError.INCORRECT_SIGNATURE, jsonp(ResponseFormat.XML))));
        assertTrue(matcher.matches());
        assertTrue(matcher.group(1).startsWith("\"\\u003C?xml"));
    }

    @Test
    void render_sessionAsJsonWithCallback_isUnwrappedByTheOldClientsPattern() {
        Matcher matcher = Pattern.compile("^FB.cb[^(]*[(](.+)[)];$")
                .matcher(render(TestResponses.session(true, jsonp(ResponseFormat.JSON))));
        assertTrue(matcher.matches());
        assertTrue(matcher.group(1).startsWith("{\"session_key\""));
    }
}
