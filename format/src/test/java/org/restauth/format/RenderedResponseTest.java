package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;

class RenderedResponseTest {
    private static final byte[] BODY = "\"3e4a22bb2f5ed75114b0fc9995ea85f1\"".getBytes(StandardCharsets.UTF_8);

    @Test
    void headers_always_askForNoSniffing() {
        RenderedResponse response = new RenderedResponse(BODY, RenderedResponse.JSON);
        assertEquals(Map.of("X-Content-Type-Options", "nosniff"), response.headers());
    }

    @Test
    void headers_everyRenderedFormat_askForNoSniffing() {
        ResponseRenderer renderer = new ResponseRenderer();
        for (ResponseOptions options : List.of(TestResponses.XML, TestResponses.JSON,
                TestResponses.jsonp(ResponseFormat.XML))) {
            assertEquals(Map.of("X-Content-Type-Options", "nosniff"),
                    renderer.render(TestResponses.token(options)).headers());
        }
    }

    @Test
    void bodyAsString_utf8Body_decodesIt() {
        byte[] body = "\"caf\u00e9\"".getBytes(StandardCharsets.UTF_8);
        assertEquals("\"caf\u00e9\"", new RenderedResponse(body, RenderedResponse.JSON).bodyAsString());
    }

    @Test
    void body_changedByCallerAfterwards_staysAsRendered() {
        byte[] body = BODY.clone();
        RenderedResponse response = new RenderedResponse(body, RenderedResponse.JSON);
        body[1] = 'X';
        response.body()[2] = 'Y';
        assertArrayEquals(BODY, response.body());
    }

    @Test
    void equals_sameBytesAndType_isEqual() {
        assertEquals(new RenderedResponse(BODY, RenderedResponse.JSON),
                new RenderedResponse(BODY.clone(), RenderedResponse.JSON));
    }

    @Test
    void toString_always_showsSizeButNeverTheBody() {
        String text = new RenderedResponse(BODY, RenderedResponse.JSON).toString();
        assertEquals("RenderedResponse[application/json; charset=utf-8, 34 bytes]", text);
        assertFalse(text.contains("3e4a22bb"));
    }
}
