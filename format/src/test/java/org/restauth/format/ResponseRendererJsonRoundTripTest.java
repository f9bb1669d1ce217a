package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.format.TestResponses.JSON;
import static org.restauth.format.TestResponses.STRINGS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;

/** What a JSON client reads back from each payload: the same values, with the promised JSON types. */
class ResponseRendererJsonRoundTripTest {
    private static final ObjectMapper READER = new ObjectMapper();

    private final ResponseRenderer renderer = new ResponseRenderer();

    private JsonNode renderAndParse(ApiResponse response) throws IOException {
        return READER.readTree(renderer.render(response).body());
    }

    @Test
    void render_tokenAsJson_readsBackAsTheToken() throws IOException {
        JsonNode token = renderAndParse(TestResponses.token(JSON));
        assertTrue(token.isTextual());
        assertEquals(TestResponses.TOKEN, token.textValue());
    }

    @Test
    void render_sessionAsJson_readsBackUidAsStringAndExpiresAsNumber() throws IOException {
        JsonNode session = renderAndParse(TestResponses.session(true, JSON));
        assertEquals(TestResponses.SESSION_KEY, session.get("session_key").textValue());
        assertEquals("8055", session.get("uid").textValue());
        assertTrue(session.get("expires").isIntegralNumber());
        assertEquals(TestResponses.EXPIRES, session.get("expires").longValue());
        assertEquals(TestResponses.SECRET, session.get("secret").textValue());
    }

    @Test
    void render_sessionWithoutSecretAsJson_hasNoSecretMember() throws IOException {
        assertFalse(renderAndParse(TestResponses.session(false, JSON)).has("secret"));
    }

    @Test
    void render_sessionAsJsonStrings_readsBackExpiresAsString() throws IOException {
        JsonNode session = renderAndParse(TestResponses.session(false, STRINGS));
        assertEquals("8055", session.get("uid").textValue());
        assertEquals("1173309298", session.get("expires").textValue());
    }

    @Test
    void render_flagAsJson_readsBackAsBoolean() throws IOException {
        assertTrue(renderAndParse(TestResponses.flag("auth.expireSession", true, JSON)).booleanValue());
        assertFalse(renderAndParse(TestResponses.flag("auth.expireSession", false, STRINGS)).booleanValue());
    }

    @Test
    void render_errorAsJson_readsBackCodeMessageAndArgs() throws IOException {
        JsonNode error = renderAndParse(TestResponses.error(ApiError.SESSION_EXPIRED, JSON));
        assertTrue(error.get("error_code").isInt());
        assertEquals(450, error.get("error_code").intValue());
        assertEquals("Session key specified has passed its expiration time", error.get("error_msg").textValue());
        assertArgs(error);
    }

    @Test
    void render_errorAsJsonStrings_readsBackCodeAsString() throws IOException {
        JsonNode error = renderAndParse(TestResponses.error(ApiError.SESSION_REQUIRED, STRINGS));
        assertEquals("453", error.get("error_code").textValue());
        assertArgs(error);
    }

    private static void assertArgs(JsonNode error) {
        JsonNode args = error.get("request_args");
        assertEquals(TestResponses.ARGS.size(), args.size());
        for (int i = 0; i < args.size(); i++) {
            Param expected = TestResponses.ARGS.get(i);
            assertEquals(expected.key(), args.get(i).get("key").textValue());
            assertEquals(expected.value(), args.get(i).get("value").textValue());
        }
    }
}
