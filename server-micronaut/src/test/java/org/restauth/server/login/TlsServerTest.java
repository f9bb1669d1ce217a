package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginAssertions.assertSessionFor;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.LoginClient.p;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;
import static org.restauth.server.login.TestPeople.ALICE_UID;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * HTTP and HTTPS at once from one {@code restauth tls init} certificate, on loopback ports any user may bind; and
 * the login page's scheme behind a TLS-terminating proxy. Clients trust only the generated CA.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsServerTest {
    private final DropInFiles files = DropInFiles.init();
    private final DropInFiles otherCa = DropInFiles.init();
    private EmbeddedServer server;
    private int httpsPort;
    private URI http;

    @BeforeAll
    void start() throws IOException {
        httpsPort = TlsClients.freePort();
        int httpPort = TlsClients.freePort();
        http = URI.create("http://127.0.0.1:" + httpPort);
        Map<String, Object> props = new HashMap<>(files.serverProperties());
        props.put("micronaut.server.port", httpPort);
        props.put("restauth.tls.port", httpsPort);
        props.put("restauth.trusted-proxies", "10.0.0.0/8, 127.0.0.1");
        server = TlsClients.start(props);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void api_overHttpAndHttps_sameAnswerAndNamespaceWhateverTheHost() throws Exception {
        String overHttps = TlsClients.trusting(files.caCertificate())
                .get(URI.create("https://localhost:" + httpsPort), TlsClients.createTokenQuery());
        String overHttp = TlsClients.trusting(files.caCertificate()).get(http, TlsClients.createTokenQuery());

        for (String answer : List.of(overHttps, overHttp)) {
            assertTrue(answer.matches("<\\?xml version=\"1.0\" encoding=\"UTF-8\"\\?>\n<auth_createToken_response "
                    + "xmlns=\"http://api.facebook.com/1.0/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    + "xsi:schemaLocation=\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\">"
                    + "[0-9a-f]{32}</auth_createToken_response>"), answer);
        }
    }

    @Test
    void https_certificateOfAnotherCa_refusedByTheClient() {
        TlsClients client = TlsClients.trusting(otherCa.caCertificate());

        Exception refused = assertThrows(Exception.class,
                () -> client.get(URI.create("https://localhost:" + httpsPort), TlsClients.createTokenQuery()));

        assertTrue(TlsClients.causedBy(refused, SSLHandshakeException.class), refused.toString());
    }

    @Test
    void loginCookie_forwardedProtoFromTrustedProxy_secureAndHttpsOriginAccepted() {
        LoginClient client = new LoginClient(http);
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        HttpResponse<String> form = client.getWithHeaders(List.of(p("api_key", DESKTOP_KEY), p("v", "1.0"),
                p("auth_token", token)), "X-Forwarded-Proto", "https");
        // the proxy's browser sent the Secure cookie over HTTPS; the JDK's cookie jar keeps it off plain HTTP
        String cookie = setCookie(form).substring(0, setCookie(form).indexOf(';'));
        HttpResponse<String> sent = client.submit(DESKTOP_KEY, token, ALICE, ALICE_PASSWORD, "Cookie", cookie,
                "X-Forwarded-Proto", "https", "Origin", "https://127.0.0.1:" + http.getPort());

        assertTrue(setCookie(form).contains("; Secure"), setCookie(form));
        assertPage(sent, 200, "Login successful");
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void loginCookie_forwardedHeaderFromTrustedProxy_secure() {
        LoginClient client = new LoginClient(http);
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        HttpResponse<String> form = client.getWithHeaders(List.of(p("api_key", DESKTOP_KEY), p("v", "1.0"),
                p("auth_token", token)), "Forwarded", "for=192.0.2.7;proto=https;host=www.facebook.com");

        assertTrue(setCookie(form).contains("; Secure"), setCookie(form));
    }

    @Test
    void loginCookie_plainHttp_notSecure() {
        LoginClient client = new LoginClient(http);
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        HttpResponse<String> form = client.get(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", token));

        assertFalse(setCookie(form).contains("Secure"), setCookie(form));
    }

    @Test
    void forwardedProto_fromAPeerNotTrusted_ignored() {
        Map<String, Object> props = new HashMap<>(files.serverProperties());
        int httpPort = TlsClients.freePort();
        props.put("micronaut.server.port", httpPort);
        props.put("restauth.tls.port", TlsClients.freePort());
        props.put("restauth.trusted-proxies", "10.1.2.3");
        try (EmbeddedServer untrusting = TlsClients.start(props)) {
            LoginClient client = new LoginClient(URI.create("http://127.0.0.1:" + httpPort));
            String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

            HttpResponse<String> form = client.getWithHeaders(List.of(p("api_key", DESKTOP_KEY), p("v", "1.0"),
                    p("auth_token", token)), "X-Forwarded-Proto", "https");
            HttpResponse<String> sent = client.submit(DESKTOP_KEY, token, ALICE, ALICE_PASSWORD,
                    "X-Forwarded-Proto", "https", "Origin", "https://127.0.0.1:" + httpPort);

            assertFalse(setCookie(form).contains("Secure"), setCookie(form));
            assertPage(sent, 403, "This form could not be verified, so nothing was allowed.");
        }
    }

    @Test
    void start_trustedProxyNotAnAddress_failsNamingTheKey() {
        Map<String, Object> props = new HashMap<>(files.serverProperties());
        props.put("restauth.trusted-proxies", "proxy.example");

        Exception failure = assertThrows(Exception.class, () -> TlsClients.start(props).close());

        assertTrue(TlsClients.messages(failure).contains(
                "restauth.trusted-proxies: proxy.example is not an IP address or a CIDR range"), failure.toString());
    }

    private static String setCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(CsrfGuard.COOKIE))
                .findFirst().orElseThrow(() -> new AssertionError("no login cookie: " + response.headers()));
    }
}
