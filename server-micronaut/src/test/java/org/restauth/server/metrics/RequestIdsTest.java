package org.restauth.server.metrics;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.hostile.Wire.signed;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restauth.server.hostile.Wire;

/** {@code X-Request-Id}: a sane incoming id is kept and echoed, anything else replaced by a new one. */
@MicronautTest(environments = "apps")
class RequestIdsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Test
    void apiCall_saneIncomingId_echoedUnchanged() throws Exception {
        assertEquals("lb-7f3a.9_x", idOf(apiCall(Optional.of("lb-7f3a.9_x"))));
    }

    @Test
    void apiCall_noIncomingId_newRandomIdEachCall() throws Exception {
        String first = idOf(apiCall(Optional.empty()));
        String second = idOf(apiCall(Optional.empty()));

        assertTrue(first.matches("[0-9a-f]{32}"), first);
        assertNotEquals(first, second);
    }

    @Test
    void apiCall_idWithSpacesOrTooLong_replaced() throws Exception {
        for (String forged : new String[] {"a b", "x".repeat(65), "id\u00e9", "a=b"}) {
            assertTrue(idOf(apiCall(Optional.of(forged))).matches("[0-9a-f]{32}"), forged);
        }
    }

    @Test
    void loginPageAndHealth_carryAnIdToo() throws Exception {
        for (String path : new String[] {"/login.php", "/health/liveness"}) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header(RequestIds.HEADER, "probe-1").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("probe-1", idOf(answer), path);
        }
    }

    private HttpResponse<String> apiCall(Optional<String> id) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI()
                .resolve("/restserver.php?" + Wire.encode(signed("auth.createToken"))));
        id.ifPresent(value -> request.header(RequestIds.HEADER, value));
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer;
    }

    private static String idOf(HttpResponse<String> answer) {
        return answer.headers().firstValue(RequestIds.HEADER).orElse("(none)");
    }
}
