package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Pattern;

/** What every login answer must carry, and what getSession answers. */
final class LoginAssertions {
    static final String INVALID_PARAMETER = "{\"error_code\":100,\"error_msg\":\"Invalid parameter\",";

    private LoginAssertions() {
    }

    static void assertSessionFor(long uid, String getSessionJson) {
        Pattern session = Pattern.compile("^\\{\"session_key\":\"[^\"]+\",\"uid\":\"" + uid
                + "\",\"expires\":\\d+(,\"secret\":\"[^\"]+\")?\\}$");
        assertTrue(session.matcher(getSessionJson).matches(), getSessionJson);
    }

    static void assertNotApproved(String getSessionJson) {
        assertTrue(getSessionJson.startsWith(INVALID_PARAMETER), getSessionJson);
    }

    static void assertLoginHeaders(HttpResponse<?> response, boolean framed) {
        assertEquals(Optional.of("no-store"), response.headers().firstValue("Cache-Control"));
        assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"));
        assertEquals(Optional.of("no-referrer"), response.headers().firstValue("Referrer-Policy"));
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.startsWith("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'"),
                csp);
        assertFalse(csp.contains("script-src"), csp);
        if (framed) {
            assertEquals(Optional.empty(), response.headers().firstValue("X-Frame-Options"));
            assertFalse(csp.contains("frame-ancestors"), csp);
        } else {
            assertEquals(Optional.of("DENY"), response.headers().firstValue("X-Frame-Options"));
            assertTrue(csp.endsWith("; frame-ancestors 'none'"), csp);
        }
    }

    static void assertPage(HttpResponse<String> response, int status, String text) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Optional.of("text/html;charset=utf-8"), response.headers().firstValue("Content-Type"));
        assertTrue(response.body().contains(text), "expected <" + text + "> in:\n" + response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
