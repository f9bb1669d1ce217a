package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.login.LoginAssertions.assertNotApproved;
import static org.restauth.server.login.LoginAssertions.assertSessionFor;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.LoginClient.WEB_KEY;
import static org.restauth.server.login.LoginClient.WEB_SECRET;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;
import static org.restauth.server.login.TestPeople.ALICE_UID;
import static org.restauth.server.login.TestPeople.BOB;
import static org.restauth.server.login.TestPeople.BOB_PASSWORD;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The login page in a real browser against the real server: desktop and web flows, a wrong password, the wait
 * after five, an expired token, two login tabs at once, and a cross-site form post. The web application's callback is a tiny page on
 * another loopback server; the cross-site page lives on 127.0.0.2, another site to the browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginBrowserTest {
    private HttpServer shop;
    private HttpServer attacker;
    private EmbeddedServer server;
    private EmbeddedServer shortLived;
    private Browser browser;

    @BeforeAll
    void start() throws IOException {
        shop = page(new InetSocketAddress("127.0.0.1", 0), "/after-login", "<h1>Back at the shop</h1>");
        attacker = HttpServer.create(new InetSocketAddress("127.0.0.2", 0), 0);
        attacker.start();
        server = startServer("60m");
        shortLived = startServer("1s");
        browser = Browser.start();
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            server.close();
            shortLived.close();
            shop.stop(0);
            attacker.stop(0);
        }
    }

    @BeforeEach
    void freshCookies() {
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void desktopFlow_typeAndAllow_successPageThenSession() {
        LoginClient api = new LoginClient(server.getURI());
        String token = api.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        browser.driver.get(base(server) + "/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + token);
        assertEquals("vector", browser.text(".app"));
        browser.screenshot("login-form");

        fillIn(ALICE, ALICE_PASSWORD);
        browser.driver.findElement(By.cssSelector("button.allow")).click();

        browser.waitForHeading("Login successful");
        assertEquals("Login successful — you can close this window and return to vector.", browser.text("p"));
        browser.screenshot("login-success");
        assertSessionFor(ALICE_UID, api.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void webFlow_allow_browserLandsOnConfiguredCallbackWithToken() {
        LoginClient api = new LoginClient(server.getURI());
        browser.driver.get(base(server) + "/login.php?api_key=" + WEB_KEY + "&v=1.0&next=orders%2F7");
        String token = browser.driver.findElement(By.name("auth_token")).getAttribute("value");

        fillIn(ALICE, ALICE_PASSWORD);
        browser.driver.findElement(By.cssSelector("button.allow")).click();

        browser.waitForHeading("Back at the shop");
        assertEquals("http://127.0.0.1:" + shop.getAddress().getPort() + "/after-login?auth_token=" + token
                + "&next=orders%2F7", browser.driver.getCurrentUrl());
        browser.screenshot("login-web-callback");
        assertSessionFor(ALICE_UID, api.getSession(WEB_KEY, WEB_SECRET, token));
    }

    @Test
    void wrongPassword_messageShownEmailKeptNothingApproved() {
        LoginClient api = new LoginClient(server.getURI());
        String token = api.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        browser.driver.get(base(server) + "/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + token);

        fillIn(ALICE, "not the password");
        browser.driver.findElement(By.cssSelector("button.allow")).click();

        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error")));
        assertEquals("Incorrect email or password.", browser.text(".error"));
        assertEquals(ALICE, browser.driver.findElement(By.id("email")).getAttribute("value"));
        browser.screenshot("login-wrong-password");
        assertNotApproved(api.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void expiredToken_submitAfterLifetime_linkNoLongerValidPage() throws InterruptedException {
        LoginClient api = new LoginClient(shortLived.getURI());
        String token = api.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        browser.driver.get(base(shortLived) + "/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + token);
        fillIn(ALICE, ALICE_PASSWORD);
        Thread.sleep(1300); // just past restauth.token.lifetime=1s of this server

        browser.driver.findElement(By.cssSelector("button.allow")).click();

        browser.waitForHeading("Login link no longer valid");
        assertTrue(browser.text("p").startsWith("This login link has expired"), browser.text("p"));
        browser.screenshot("login-expired");
    }

    @Test
    void crossSiteFormPost_refusedAndNothingApproved() {
        LoginClient api = new LoginClient(server.getURI());
        String token = api.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        // the person has the real form open (its cookie is set) when another site posts to login.php
        browser.driver.get(base(server) + "/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + token);
        String attack = "<form method=\"post\" action=\"" + base(server) + "/login.php\">"
                + "<input type=\"hidden\" name=\"api_key\" value=\"" + DESKTOP_KEY + "\">"
                + "<input type=\"hidden\" name=\"auth_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"email\" value=\"" + ALICE + "\">"
                + "<input type=\"hidden\" name=\"pass\" value=\"" + ALICE_PASSWORD + "\">"
                + "<button id=\"go\">Win a prize</button></form>";
        serve(attacker, "/attack", attack);
        browser.driver.get("http://127.0.0.2:" + attacker.getAddress().getPort() + "/attack");

        browser.driver.findElement(By.id("go")).click();

        browser.waitForHeading("Form expired");
        browser.screenshot("login-cross-site-refused");
        assertNotApproved(api.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void twoLoginTabs_theFirstTabsFormStillWorksAfterTheSecondOpened() {
        LoginClient api = new LoginClient(server.getURI());
        String first = api.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String second = api.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String firstTab = browser.driver.getWindowHandle();
        browser.driver.get(base(server) + "/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + first);
        browser.driver.switchTo().newWindow(WindowType.TAB);
        String secondTab = browser.driver.getWindowHandle();
        try {
            browser.driver.get(base(server) + "/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + second);

            browser.driver.switchTo().window(firstTab);
            fillIn(ALICE, ALICE_PASSWORD);
            browser.driver.findElement(By.cssSelector("button.allow")).click();
            browser.waitForHeading("Login successful");
            browser.driver.switchTo().window(secondTab);
            fillIn(ALICE, ALICE_PASSWORD);
            browser.driver.findElement(By.cssSelector("button.allow")).click();
            browser.waitForHeading("Login successful");
        } finally {
            browser.driver.switchTo().window(secondTab).close();
            browser.driver.switchTo().window(firstTab);
        }
        assertSessionFor(ALICE_UID, api.getSession(DESKTOP_KEY, DESKTOP_SECRET, first));
        assertSessionFor(ALICE_UID, api.getSession(DESKTOP_KEY, DESKTOP_SECRET, second));
    }

    @Test
    void fiveWrongPasswords_sixthAttemptWithTheRightOneSaysHowLongToWait() {
        LoginClient api = new LoginClient(server.getURI());
        String token = api.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        browser.driver.get(base(server) + "/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + token);
        browser.driver.findElement(By.id("email")).sendKeys(BOB);
        for (int i = 0; i < 5; i++) {
            submitPassword("wrong guess " + i);
            assertEquals("Incorrect email or password.", browser.text(".error"));
        }

        submitPassword(BOB_PASSWORD);

        browser.waitForHeading("Too many attempts");
        assertEquals("Too many failed logins. Try again in 1 minute.", browser.text("p"));
        browser.screenshot("login-wait");
        assertNotApproved(api.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    /** Types the password into the shown form (the email is kept after a failure), allows, waits for the answer. */
    private void submitPassword(String password) {
        WebElement pass = browser.driver.findElement(By.id("pass"));
        pass.sendKeys(password);
        browser.driver.findElement(By.cssSelector("button.allow")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(pass));
    }

    private void fillIn(String email, String password) {
        browser.driver.findElement(By.id("email")).sendKeys(email);
        browser.driver.findElement(By.id("pass")).sendKeys(password);
    }

    /** The browser reaches the server as 127.0.0.1 (its host rules resolve no names). */
    private static String base(EmbeddedServer server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    private EmbeddedServer startServer(String tokenLifetime) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "restauth.users-file", TestPeople.usersFile(),
                "restauth.token.lifetime", tokenLifetime,
                // Micronaut refuses cross-origin posts to a loopback server on its own; lifted so that the
                // login page's own guard (SameSite cookie, Origin) is what refuses the cross-site post
                "micronaut.server.cors.localhost-pass-through", true,
                "restauth.apps.shop.callback-url", "http://127.0.0.1:" + shop.getAddress().getPort() + "/after-login"),
                "apps");
    }

    private static HttpServer page(InetSocketAddress address, String path, String body) throws IOException {
        HttpServer http = HttpServer.create(address, 0);
        serve(http, path, body);
        http.start();
        return http;
    }

    private static void serve(HttpServer http, String path, String body) {
        http.createContext(path, exchange -> {
            byte[] html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>page</title></head><body>"
                    + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
    }

}
