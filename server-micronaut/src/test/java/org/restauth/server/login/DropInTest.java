package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.restauth.server.login.LoginAssertions.assertSessionFor;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;
import static org.restauth.server.login.TestPeople.ALICE_UID;

import com.sun.security.auth.module.UnixSystem;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The drop-in set-up of docs/drop-in.md, end to end: the server on 127.0.0.2 ports 80 and 443 with a certificate from
 * {@code restauth tls init}, and unmodified clients that only know the old host names, which a hosts file (or
 * Chromium's resolver rules) sends to 127.0.0.2. Each client trusts only the generated CA. Root only (ports below
 * 1024, a private mount namespace); the one test class that binds those ports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropInTest {
    private static final String ADDRESS = "127.0.0.2";
    private DropInFiles files;
    private DropInFiles otherCa;
    private EmbeddedServer server;

    @BeforeAll
    void start() {
        assumeTrue(new UnixSystem().getUid() == 0,
                "the drop-in tests bind ports 80 and 443 and mount a hosts file: they run as root only (CI does)");
        files = DropInFiles.init();
        otherCa = DropInFiles.init();
        Map<String, Object> props = new HashMap<>(files.serverProperties());
        props.putAll(Map.of("micronaut.server.host", ADDRESS, "micronaut.server.port", 80, "restauth.tls.port", 443));
        server = TlsClients.start(props);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void javaClient_builtInUrls_tokenOverHttpSessionWithSecretOverHttps() throws Exception {
        List<String> lines = oldJavaClient(files.javaTrustStore());

        assertTrue(lines.get(0).matches("token [0-9a-f]{32}"), lines.toString());
        assertEquals("login 200", lines.get(1), lines.toString());
        assertTrue(lines.get(2).matches("session_key [0-9a-f]+-" + ALICE_UID), lines.toString());
        assertTrue(lines.get(3).matches("secret [0-9a-f]{32}"), lines.toString());
    }

    @Test
    void javaClient_trustingAnotherCa_createsTokenButGetSessionRefusesTheServer() throws Exception {
        List<String> lines = oldJavaClient(otherCa.javaTrustStore());

        assertTrue(lines.get(0).matches("token [0-9a-f]{32}"), lines.toString());
        assertEquals("login 200", lines.get(1), lines.toString());
        assertTrue(lines.get(2).startsWith("getSession failed ") && lines.get(2).contains("java.security.cert."),
                lines.toString());
    }

    @Test
    void perlClient_defaultServerUri_desktopLoginThenSessionCallOverHttps() throws Exception {
        List<String> lines = perlClient(files.caCertificate());

        assertEquals("server_uri http://api.facebook.com/restserver.php", lines.get(0), lines.toString());
        assertTrue(lines.get(2).startsWith("login_url http://www.facebook.com/login.php?"), lines.toString());
        assertEquals("login 200", lines.get(3), lines.toString());
        assertTrue(lines.get(4).matches("session_key [0-9a-f]+-" + ALICE_UID), lines.toString());
        assertEquals("uid " + ALICE_UID, lines.get(5), lines.toString());
        assertTrue(lines.get(6).matches("secret [0-9a-f]{32}"), lines.toString());
        assertEquals("server_uri https://api.facebook.com/restserver.php", lines.get(7), lines.toString());
        assertEquals("expire_session 1", lines.get(8), lines.toString());
    }

    @Test
    void perlClient_trustingAnotherCa_httpsCallRefusesTheServer() throws Exception {
        List<String> lines = perlClient(otherCa.caCertificate());

        assertEquals("server_uri https://api.facebook.com/restserver.php", lines.get(7), lines.toString());
        assertTrue(lines.get(8).startsWith("https_error 500 Can't connect to api.facebook.com:443")
                && lines.get(8).contains("certificate verify failed"), lines.toString());
    }

    @Test
    void chromium_oldLoginUrlOverHttps_logsInAndApprovesTheToken() throws Exception {
        LoginClient api = new LoginClient(URI.create("http://" + ADDRESS));
        String token = api.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        try (Browser browser = Browser.start(Map.of("HOME", files.chromiumHome().toString()),
                "MAP www.facebook.com " + ADDRESS + " , ")) {
            browser.driver.get("https://www.facebook.com/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + token);
            browser.driver.findElement(By.id("email")).sendKeys(ALICE);
            browser.driver.findElement(By.id("pass")).sendKeys(ALICE_PASSWORD);
            Cookie form = browser.driver.manage().getCookies().stream()
                    .filter(cookie -> cookie.getName().startsWith(CsrfGuard.COOKIE)).findFirst().orElseThrow();
            browser.driver.findElement(By.cssSelector("button.allow")).click();

            browser.waitForHeading("Login successful");
            assertTrue(form.isSecure(), "the form's cookie over HTTPS is Secure");
            browser.screenshot("drop-in-https-login");
        }
        assertSessionFor(ALICE_UID, api.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void chromium_certificateOfAnotherCa_refused() throws Exception {
        try (Browser browser = Browser.start(Map.of("HOME", otherCa.chromiumHome().toString()),
                "MAP www.facebook.com " + ADDRESS + " , ")) {
            browser.driver.get("https://www.facebook.com/login.php?api_key=" + DESKTOP_KEY + "&v=1.0");

            String page = browser.driver.getPageSource();
            assertTrue(page.contains("ERR_CERT_AUTHORITY_INVALID"), "no certificate error page: " + page.length());
            assertTrue(browser.driver.findElements(By.id("email")).isEmpty(), "the login form was shown");
        }
    }

    private List<String> oldJavaClient(Path trustStore) throws IOException, InterruptedException {
        return run(new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.net.hosts.file=" + files.hostsFile(ADDRESS), "-Djavax.net.ssl.trustStore=" + trustStore,
                "-Djavax.net.ssl.trustStorePassword=changeit", "-cp", System.getProperty("java.class.path"),
                OldJavaClient.class.getName(), DESKTOP_KEY, DESKTOP_SECRET, ALICE, ALICE_PASSWORD)), Map.of());
    }

    /** The Perl client in a private mount namespace whose /etc/hosts is ours: the machine's stays as it is. */
    private List<String> perlClient(Path caFile) throws IOException, InterruptedException {
        Path script = Path.of("src", "test", "resources", "dropin", "desktop-login.pl").toAbsolutePath();
        return run(List.of("unshare", "-m", "sh", "-c", "mount --bind \"$HOSTS\" /etc/hosts && exec perl \"$SCRIPT\""),
                Map.of("HOSTS", files.hostsFile(ADDRESS).toString(), "SCRIPT", script.toString(),
                        "PERL_LWP_SSL_CA_FILE", caFile.toString(), "KEY", DESKTOP_KEY, "SECRET", DESKTOP_SECRET,
                        "EMAIL", ALICE, "PASS", ALICE_PASSWORD));
    }

    private static List<String> run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return output.lines().filter(line -> !line.isBlank()).toList();
    }
}
