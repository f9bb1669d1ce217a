package org.restauth.server.login;

import static org.restauth.server.login.LoginAssertions.assertLoginHeaders;
import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.WEB_KEY;
import static org.restauth.server.login.LoginClient.p;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A token store that is down: the person sees "temporarily unavailable, please retry" with 503, no trace. */
@MicronautTest(environments = "apps")
@Property(name = "test.login.store-down", value = "true")
@Property(name = "micronaut.server.port", value = "-1")
class LoginStoreDownTest {
    @Inject
    EmbeddedServer server;

    @Test
    void get_storeDown_unavailablePage503() {
        HttpResponse<String> page = new LoginClient(server.getURI())
                .get(p("api_key", DESKTOP_KEY), p("auth_token", "0123456789abcdef0123456789abcdef"));

        assertPage(page, 503, "<p>The login service is temporarily unavailable, please retry in a moment.</p>");
        assertLoginHeaders(page, false);
    }

    @Test
    void get_webAppWithoutTokenStoreDown_unavailablePage503() {
        HttpResponse<String> page = new LoginClient(server.getURI()).get(p("api_key", WEB_KEY));

        assertPage(page, 503, "temporarily unavailable, please retry");
    }
}
