package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.restauth.format.TestResponses.JSON;
import static org.restauth.format.TestResponses.STRINGS;
import static org.restauth.format.XmlGolden.ARGS_JSON;

import org.junit.jupiter.api.Test;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.error.ApiError;

class ResponseRendererJsonTest {
    private final ResponseRenderer renderer = new ResponseRenderer();

    private String render(ApiResponse response) {
        return renderer.render(response).bodyAsString();
    }

    @Test
    void render_tokenAsJson_isBareString() {
        assertEquals("\"3e4a22bb2f5ed75114b0fc9995ea85f1\"", render(TestResponses.token(JSON)));
    }

    @Test
    void render_tokenAsJsonStrings_isBareString() {
        assertEquals("\"3e4a22bb2f5ed75114b0fc9995ea85f1\"", render(TestResponses.token(STRINGS)));
    }

    @Test
    void render_json_hasJsonContentType() {
        assertEquals("application/json; charset=utf-8", renderer.render(TestResponses.token(JSON)).contentType());
    }

    @Test
    void render_jsonStrings_hasJsonContentType() {
        assertEquals("application/json; charset=utf-8",
                renderer.render(TestResponses.token(STRINGS)).contentType());
    }

    @Test
    void render_promotedSecretAsJson_isBareString() {
        assertEquals("\"c2f4a7e1b3d5f7a9c1e3b5d7f9a1c3e5\"", render(TestResponses.secret(JSON)));
    }

    @Test
    void render_sessionWithoutSecretAsJson_uidIsStringExpiresIsNumber() {
        assertEquals("{\"session_key\":\"5f34e11bfb97c762e439e6a5-8055\",\"uid\":\"8055\",\"expires\":1173309298}",
                render(TestResponses.session(false, JSON)));
    }

    @Test
    void render_sessionWithSecretAsJson_addsSecretLast() {
        assertEquals("{\"session_key\":\"5f34e11bfb97c762e439e6a5-8055\",\"uid\":\"8055\",\"expires\":1173309298,"
                        + "\"secret\":\"c2f4a7e1b3d5f7a9c1e3b5d7f9a1c3e5\"}",
                render(TestResponses.session(true, JSON)));
    }

    @Test
    void render_sessionWithoutSecretAsJsonStrings_expiresIsString() {
        assertEquals("{\"session_key\":\"5f34e11bfb97c762e439e6a5-8055\",\"uid\":\"8055\",\"expires\":\"1173309298\"}",
                render(TestResponses.session(false, STRINGS)));
    }

    @Test
    void render_sessionWithSecretAsJsonStrings_expiresIsStringAndSecretLast() {
        assertEquals("{\"session_key\":\"5f34e11bfb97c762e439e6a5-8055\",\"uid\":\"8055\",\"expires\":\"1173309298\","
                        + "\"secret\":\"c2f4a7e1b3d5f7a9c1e3b5d7f9a1c3e5\"}",
                render(TestResponses.session(true, STRINGS)));
    }

    @Test
    void render_flagTrueAsJson_isTrue() {
        assertEquals("true", render(TestResponses.flag("auth.expireSession", true, JSON)));
    }

    @Test
    void render_flagFalseAsJson_isFalse() {
        assertEquals("false", render(TestResponses.flag("auth.revokeAuthorization", false, JSON)));
    }

    @Test
    void render_flagAsJsonStrings_staysBoolean() {
        assertEquals("true", render(TestResponses.flag("auth.expireSession", true, STRINGS)));
    }

    @Test
    void render_incorrectSignatureAsJson_codeIsFirstAndANumber() {
        assertEquals("{\"error_code\":104,\"error_msg\":\"Incorrect signature\",\"request_args\":" + ARGS_JSON + "}",
                render(TestResponses.error(ApiError.INCORRECT_SIGNATURE, JSON)));
    }

    @Test
    void render_incorrectSignatureAsJsonStrings_codeIsString() {
        assertEquals("{\"error_code\":\"104\",\"error_msg\":\"Incorrect signature\",\"request_args\":" + ARGS_JSON
                        + "}",
                render(TestResponses.error(ApiError.INCORRECT_SIGNATURE, STRINGS)));
    }
}
