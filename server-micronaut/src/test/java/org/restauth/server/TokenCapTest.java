package org.restauth.server;

import org.restauth.format.SchemaValidation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.Calls.createToken;
import static org.restauth.server.Calls.p;
import static org.restauth.server.Calls.signed;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restauth.core.request.Param;

/** {@code restauth.token.max-live-per-app}: past the cap, createToken answers error 4 for that application only. */
@MicronautTest(environments = "apps")
@Property(name = "restauth.token.max-live-per-app", value = "2")
class TokenCapTest {
    @Inject
    EmbeddedServer server;

    @Test
    void createToken_pastPerApplicationCap_answersError4AndOtherAppsStillServed() {
        ApiClient client = new ApiClient(server.getURI());
        for (int i = 0; i < 2; i++) {
            assertTrue(Expected.TOKEN_XML.matcher(client.get("/restserver.php", createToken()).body()).matches());
        }

        List<Param> third = createToken();
        ApiClient.Answer refused = client.get("/restserver.php", third);

        assertEquals(200, refused.status());
        assertEquals(Expected.xmlError(4, "Application request limit reached", third), refused.body());
        SchemaValidation.assertValid(refused.bytes());
        List<Param> otherApp = signed(TestApps.WEB_SECRET, p("method", "auth.createToken"), p("api_key", TestApps.WEB_KEY));
        assertTrue(Expected.TOKEN_XML.matcher(client.get("/restserver.php", otherApp).body()).matches());
    }
}
