package org.restauth.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.Calls.createToken;
import static org.restauth.server.Calls.p;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restauth.core.request.Param;

/** {@code restauth.api.rate-limit.*}: a burst of 2 and a trickle of refills; the third call at once is error 4. */
@MicronautTest(environments = "apps")
@Property(name = "restauth.api.rate-limit.burst", value = "2")
@Property(name = "restauth.api.rate-limit.per-second", value = "0.001")
class RateLimitTest {
    @Inject
    EmbeddedServer server;

    @Test
    void createToken_pastBurst_answersError4InRequestedFormat() {
        ApiClient client = new ApiClient(server.getURI());
        assertTrue(Expected.TOKEN_XML.matcher(client.get("/restserver.php", createToken()).body()).matches());
        assertTrue(Expected.TOKEN_XML.matcher(client.get("/restserver.php", createToken()).body()).matches());

        List<Param> third = createToken(p("format", "json"));
        ApiClient.Answer refused = client.get("/restserver.php", third);

        assertEquals(200, refused.status());
        assertEquals(Expected.JSON_CONTENT_TYPE, refused.contentType());
        assertEquals(Expected.jsonError(4, "Application request limit reached", third), refused.body());
    }
}
