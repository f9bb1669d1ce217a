package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.login.LoginClient.WEB_KEY;
import static org.restauth.server.login.LoginClient.WEB_SECRET;
import static org.restauth.server.login.LoginClient.p;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import java.security.SecureRandom;
import java.time.Instant;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.slf4j.LoggerFactory;

/**
 * Headless Chromium on login.php with {@code req_perms}, the consent page and /settings/applications, against a
 * real server; the shop's callback is a loopback page of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentBrowserTest {
    private static final Pattern SESSION_KEY = Pattern.compile("\"session_key\":\"([^\"]+)\"");

    private HttpServer shop;
    private EmbeddedServer server;
    private Browser browser;
    private final ListAppender<ILoggingEvent> audit = new ListAppender<>();

    @BeforeAll
    void start() throws IOException {
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.createContext("/after-login", exchange -> {
            byte[] html = "<!DOCTYPE html><html><head><title>shop</title></head><body><h1>Back at the shop</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        shop.start();
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "micronaut.server.cors.localhost-pass-through", true,
                "restauth.apps.shop.callback-url", "http://127.0.0.1:" + shop.getAddress().getPort() + "/after-login"),
                "apps");
        // in the store, as `restauth user add` puts her: the identity layer serves people of the store only
        Instant now = Instant.now();
        server.getApplicationContext().getBean(PersonStore.class).add(new Person(TestPeople.ALICE_UID, ALICE,
                PasswordHash.create(ALICE_PASSWORD.toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS),
                Profile.EMPTY, false, now, now));
        browser = Browser.start();
        audit.start();
        Logger logger = (Logger) LoggerFactory.getLogger("restauth.audit");
        logger.setLevel(Level.INFO); // as the server's logback.xml has it; the tests' one says WARN
        logger.addAppender(audit);
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            Logger logger = (Logger) LoggerFactory.getLogger("restauth.audit");
            logger.detachAppender(audit);
            logger.setLevel(null);
            server.close();
            shop.stop(0);
        }
    }

    @BeforeEach
    void freshCookies() {
        browser.driver.manage().deleteAllCookies();
        audit.list.clear();
    }

    private List<String> auditLines() {
        return audit.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** login.php for the shop, with the permissions asked for; the token the page made. */
    private String logIn(String reqPerms) {
        browser.driver.get(base() + "/login.php?api_key=" + WEB_KEY + "&v=1.0"
                + (reqPerms == null ? "" : "&req_perms=" + reqPerms));
        String token = browser.driver.findElement(By.name("auth_token")).getAttribute("value");
        browser.driver.findElement(By.id("email")).sendKeys(ALICE);
        browser.driver.findElement(By.id("pass")).sendKeys(ALICE_PASSWORD);
        browser.driver.findElement(By.cssSelector("button.allow")).click();
        return token;
    }

    private List<String> permissionLines() {
        return browser.driver.findElements(By.cssSelector("#permissions li")).stream().map(WebElement::getText).toList();
    }

    private static String sessionKey(String getSession) {
        Matcher key = SESSION_KEY.matcher(getSession);
        assertTrue(key.find(), getSession);
        return key.group(1);
    }

    private String call(LoginClient api, String method, String sessionKey, String... keyValues) {
        List<org.restauth.core.request.Param> params = new java.util.ArrayList<>(List.of(p("method", method),
                p("api_key", WEB_KEY), p("format", "json")));
        if (sessionKey != null) {
            params.add(p("session_key", sessionKey));
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            params.add(p(keyValues[i], keyValues[i + 1]));
        }
        return api.api(WEB_SECRET, params.toArray(org.restauth.core.request.Param[]::new));
    }

    @Test
    void reqPerms_allow_bothLinesThenSessionNeverExpiresAndEmailServed() {
        LoginClient api = new LoginClient(server.getURI());
        String token = logIn("email,offline_access");

        browser.waitForHeading("The Shop asks for permission");
        assertEquals(List.of("Share your email address: " + ALICE, "Stay signed in until you remove the app"),
                permissionLines());
        browser.screenshot("consent-page");
        browser.driver.findElement(By.id("allow")).click();

        browser.waitForHeading("Back at the shop");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/after-login?auth_token=" + token),
                browser.driver.getCurrentUrl());
        String session = api.getSession(WEB_KEY, WEB_SECRET, token);
        assertTrue(session.contains("\"expires\":0"), session);
        assertEquals("[{\"uid\":8055,\"email\":\"" + ALICE + "\"}]",
                call(api, "users.getInfo", sessionKey(session), "uids", "8055", "fields", "email"));
        assertTrue(auditLines().contains("event=grant.permissions_granted app=shop api_key=" + WEB_KEY
                + " uid=8055 permissions=email,offline_access"), auditLines().toString());
    }

    @Test
    void reqPerms_dontAllow_loginStandsNothingGranted() {
        LoginClient api = new LoginClient(server.getURI());
        call(api, "auth.revokeAuthorization", null, "uid", "8055");
        String token = logIn("email,offline_access");
        browser.waitForHeading("The Shop asks for permission");

        browser.driver.findElement(By.id("deny")).click();

        browser.waitForHeading("Back at the shop");
        assertTrue(auditLines().stream().noneMatch(line -> line.startsWith("event=grant.permissions_granted")),
                auditLines().toString());
        String session = api.getSession(WEB_KEY, WEB_SECRET, token);
        assertTrue(!session.contains("\"expires\":0") && session.contains("\"expires\":"), session);
        String key = sessionKey(session);
        assertEquals("0", call(api, "users.hasAppPermission", key, "ext_perm", "email"));
        assertEquals("0", call(api, "users.hasAppPermission", key, "ext_perm", "offline_access"));
        assertEquals("[{\"uid\":8055,\"email\":\"\"}]", call(api, "users.getInfo", key, "uids", "8055", "fields", "email"));
    }

    @Test
    void settings_removeApplication_sessionEndsAndIsAppUserTurnsFalse() {
        LoginClient api = new LoginClient(server.getURI());
        String token = logIn(null);
        browser.waitForHeading("Back at the shop");
        String key = sessionKey(api.getSession(WEB_KEY, WEB_SECRET, token));
        assertEquals("true", call(api, "users.isAppUser", null, "uid", "8055"));

        browser.driver.get(base() + "/settings/applications");
        browser.driver.findElement(By.id("email")).sendKeys(ALICE);
        browser.driver.findElement(By.id("pass")).sendKeys(ALICE_PASSWORD);
        browser.driver.findElement(By.id("login")).click();
        browser.waitForHeading("Application settings");
        assertEquals("The Shop", browser.text(".app-entry h2"));
        browser.screenshot("settings-applications");
        browser.driver.findElement(By.cssSelector(".app-entry button.remove-app")).click();

        browser.waitForHeading("Application settings");
        assertTrue(browser.driver.findElements(By.cssSelector(".app-entry")).isEmpty());
        assertTrue(auditLines().contains("event=grant.removed app=shop api_key=" + WEB_KEY + " uid=8055"),
                auditLines().toString());
        assertTrue(call(api, "users.getLoggedInUser", key).startsWith("{\"error_code\":102,"));
        assertEquals("false", call(api, "users.isAppUser", null, "uid", "8055"));
    }

    @Test
    void promptPermission_nextElsewhere_doneButNotRedirected() {
        LoginClient api = new LoginClient(server.getURI());
        call(api, "auth.revokeAuthorization", null, "uid", "8055");
        logIn("email");
        browser.waitForHeading("The Shop asks for permission");
        browser.driver.get(base() + "/connect/prompt_permission.php?api_key=" + WEB_KEY
                + "&ext_perm=publish_stream,bogus&next=https%3A%2F%2Fevil.example%2F");
        assertEquals(List.of("publish stream: this server has no such feature; this only records your consent"),
                permissionLines());

        browser.driver.findElement(By.id("allow")).click();

        browser.waitForHeading("Login successful");
        assertTrue(browser.driver.getCurrentUrl().startsWith(base()), browser.driver.getCurrentUrl());
        assertEquals("1", call(api, "users.hasAppPermission", null, "uid", "8055", "ext_perm", "publish_stream"));
    }
}
