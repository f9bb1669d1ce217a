package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.login.LoginAssertions.assertLoginHeaders;
import static org.restauth.server.login.LoginAssertions.assertNotApproved;
import static org.restauth.server.login.LoginAssertions.assertPage;
import static org.restauth.server.login.LoginAssertions.assertSessionFor;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.LoginClient.WEB_KEY;
import static org.restauth.server.login.LoginClient.WEB_SECRET;
import static org.restauth.server.login.LoginClient.p;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;
import static org.restauth.server.login.TestPeople.ALICE_UID;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** login.php over real HTTP with a cookie jar: the scripted login, CSRF refusals and every failure page. */
@MicronautTest(environments = "apps")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginPageTest implements TestPropertyProvider {
    private static final Pattern FORM_COOKIE = Pattern.compile(
            "restauth_login_([0-9a-f]{16})=([0-9a-f]{64}); Max-Age=7200; Expires=[^;]+; Path=/login.php; HTTPOnly;"
                    + " SameSite=Lax");
    @Inject
    EmbeddedServer server;
    private LoginClient client;

    @Override
    public Map<String, String> getProperties() {
        // Micronaut itself refuses cross-origin requests to a server on localhost; lifted so that the tests
        // reach the login page's own Origin check, which is what guards a server under its real name
        return Map.of("micronaut.server.port", "-1", "restauth.users-file", TestPeople.usersFile(),
                "micronaut.server.cors.localhost-pass-through", "true");
    }

    @BeforeEach
    void newClient() {
        client = new LoginClient(server.getURI());
    }

    @Test
    void scriptedLogin_getThenPost_approvesTokenForThatPerson() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        HttpResponse<String> done = client.scriptedLogin(DESKTOP_KEY, token, ALICE, ALICE_PASSWORD);

        assertPage(done, 200, "Login successful — you can close this window and return to vector.");
        assertLoginHeaders(done, false);
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void get_desktopToken_showsFormWithHiddenFieldsAndCookie() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        HttpResponse<String> form = client.get(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", token));

        assertPage(form, 200, "<span class=\"app\">vector</span> wants to use your account.");
        assertLoginHeaders(form, false);
        assertTrue(form.body().contains("<input type=\"hidden\" name=\"auth_token\" value=\"" + token + "\">"));
        assertTrue(form.body().contains("<input type=\"hidden\" name=\"api_key\" value=\"" + DESKTOP_KEY + "\">"));
        String cookie = form.headers().firstValue("Set-Cookie").orElse("");
        // one cookie per form (its name from its value), kept for the token's lifetime (60m here) and an hour
        Matcher set = FORM_COOKIE.matcher(cookie);
        assertTrue(set.matches(), cookie);
        assertEquals(set.group(1), set.group(2).substring(0, 16));
    }

    @Test
    void twoFormsInOneBrowser_eachPostStillCarriesItsOwnCookie() {
        String first = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String second = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        client.get(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", first));
        client.get(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", second));

        HttpResponse<String> firstDone = client.submit(DESKTOP_KEY, first, ALICE, ALICE_PASSWORD);
        HttpResponse<String> secondDone = client.submit(DESKTOP_KEY, second, ALICE, ALICE_PASSWORD);

        assertPage(firstDone, 200, "Login successful");
        assertPage(secondDone, 200, "Login successful");
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, first));
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, second));
    }

    @Test
    void post_formOpenedBeforePerFormCookieNames_stillAccepted() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String cookie = client.get(p("api_key", DESKTOP_KEY), p("v", "1.0"), p("auth_token", token))
                .headers().firstValue("Set-Cookie").orElse("");
        Matcher set = FORM_COOKIE.matcher(cookie);
        assertTrue(set.matches(), cookie);
        client.forgetCookies();

        HttpResponse<String> wrongValue = client.submit(DESKTOP_KEY, token, ALICE, ALICE_PASSWORD,
                "Cookie", "restauth_login=" + "0".repeat(64));
        HttpResponse<String> done = client.submit(DESKTOP_KEY, token, ALICE, ALICE_PASSWORD,
                "Cookie", "restauth_login=" + set.group(2));

        assertPage(wrongValue, 403, "nothing was allowed");
        assertPage(done, 200, "Login successful");
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void post_cookieOfAnotherTokenUnderThisTokensName_refused403() {
        String first = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String second = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        Matcher firstCookie = FORM_COOKIE.matcher(client.get(p("api_key", DESKTOP_KEY), p("auth_token", first))
                .headers().firstValue("Set-Cookie").orElse(""));
        Matcher secondCookie = FORM_COOKIE.matcher(client.get(p("api_key", DESKTOP_KEY), p("auth_token", second))
                .headers().firstValue("Set-Cookie").orElse(""));
        assertTrue(firstCookie.matches() && secondCookie.matches());
        client.forgetCookies();

        HttpResponse<String> refused = client.submit(DESKTOP_KEY, second, ALICE, ALICE_PASSWORD,
                "Cookie", "restauth_login_" + secondCookie.group(1) + "=" + firstCookie.group(2));

        assertPage(refused, 403, "nothing was allowed");
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, second));
    }

    @Test
    void post_withoutTheFormsCookie_refused403AndNothingApproved() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        HttpResponse<String> refused = client.post(List.of(p("api_key", DESKTOP_KEY), p("v", "1.0"),
                p("auth_token", token), p("email", ALICE), p("pass", ALICE_PASSWORD)));

        assertPage(refused, 403, "This form could not be verified, so nothing was allowed.");
        assertLoginHeaders(refused, false);
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void post_cookieOfAnotherToken_refused403() {
        String first = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String second = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        client.get(p("api_key", DESKTOP_KEY), p("auth_token", first));

        HttpResponse<String> refused = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", second),
                p("email", ALICE), p("pass", ALICE_PASSWORD)));

        assertPage(refused, 403, "nothing was allowed");
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, second));
    }

    @Test
    void post_fromAnotherOrigin_refused403AndNothingApproved() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        client.get(p("api_key", DESKTOP_KEY), p("auth_token", token));

        HttpResponse<String> refused = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", ALICE_PASSWORD)), "Origin", "https://evil.example");

        assertPage(refused, 403, "nothing was allowed");
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void post_refererOfAnotherOriginWithoutOrigin_refused403() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        client.get(p("api_key", DESKTOP_KEY), p("auth_token", token));

        HttpResponse<String> refused = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", ALICE_PASSWORD)), "Referer", "https://evil.example/page");

        assertPage(refused, 403, "nothing was allowed");
    }

    @Test
    void post_ownOriginOrNullOrigin_approved() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String other = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String own = "http://" + server.getHost() + ":" + server.getPort();
        client.get(p("api_key", DESKTOP_KEY), p("auth_token", token));
        HttpResponse<String> sameOrigin = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", ALICE_PASSWORD)), "Origin", own);
        client.get(p("api_key", DESKTOP_KEY), p("auth_token", other));
        // what a browser sends for a form on a page with Referrer-Policy: no-referrer, ours included
        HttpResponse<String> nullOrigin = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", other),
                p("email", ALICE), p("pass", ALICE_PASSWORD)), "Origin", "null");

        assertPage(sameOrigin, 200, "Login successful");
        assertPage(nullOrigin, 200, "Login successful");
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, other));
    }

    @Test
    void post_wrongPassword_formAgainWithMessageThenRightPasswordStillWorks() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        HttpResponse<String> wrong = client.scriptedLogin(DESKTOP_KEY, token, ALICE, "wrong password");
        HttpResponse<String> unknown = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", "nobody@example.com"), p("pass", ALICE_PASSWORD)));
        HttpResponse<String> right = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", ALICE_PASSWORD)));

        assertPage(wrong, 200, "<p class=\"error\" role=\"alert\">Incorrect email or password.</p>");
        assertTrue(wrong.body().contains("name=\"email\" autocomplete=\"username\" required autofocus value=\""
                + ALICE + "\""), wrong.body());
        assertFalse(wrong.body().contains("wrong password"));
        assertPage(unknown, 200, "<p class=\"error\" role=\"alert\">Incorrect email or password.</p>");
        assertLoginHeaders(wrong, false);
        assertPage(right, 200, "Login successful");
        assertSessionFor(ALICE_UID, client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void get_unknownToken_invalidLinkPage() {
        HttpResponse<String> page = client.get(p("api_key", DESKTOP_KEY), p("auth_token", "0123456789abcdef0123456789abcdef"));

        assertPage(page, 400, "This login link has expired, was already used, or does not belong to this application.");
        assertLoginHeaders(page, false);
        assertFalse(page.body().contains("<form"));
    }

    @Test
    void loginWithOtherApplicationsToken_invalidLinkAndNothingApproved() {
        String webToken = client.createToken(WEB_KEY, WEB_SECRET);

        HttpResponse<String> page = client.get(p("api_key", DESKTOP_KEY), p("auth_token", webToken));
        HttpResponse<String> post = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", webToken),
                p("email", ALICE), p("pass", ALICE_PASSWORD)));

        assertPage(page, 400, "does not belong to this application");
        assertPage(post, 403, "nothing was allowed");
        assertNotApproved(client.getSession(WEB_KEY, WEB_SECRET, webToken));
    }

    @Test
    void post_usedToken_invalidLink() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        client.scriptedLogin(DESKTOP_KEY, token, ALICE, ALICE_PASSWORD);

        HttpResponse<String> again = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", ALICE_PASSWORD)));

        assertPage(again, 400, "This login link has expired, was already used");
    }

    @Test
    void get_unknownApiKey_unknownApplicationPage() {
        HttpResponse<String> page = client.get(p("api_key", "ffffffffffffffffffffffffffffffff"), p("auth_token", "abc"));

        assertPage(page, 400, "This login link names an application that is not known here.");
        assertLoginHeaders(page, false);
    }

    @Test
    void post_webApplication_redirectsToConfiguredCallbackWithTokenAndNext() {
        String token = client.createToken(WEB_KEY, WEB_SECRET);
        client.get(p("api_key", WEB_KEY), p("auth_token", token), p("next", "cart?id=7&x=a b"));

        HttpResponse<String> redirect = client.post(List.of(p("api_key", WEB_KEY), p("v", "1.0"),
                p("auth_token", token), p("next", "cart?id=7&x=a b"), p("cancel_url", "https://evil.example/"),
                p("email", ALICE), p("pass", ALICE_PASSWORD)));

        assertEquals(302, redirect.statusCode());
        assertEquals(Optional.of(LoginClient.WEB_CALLBACK + "?auth_token=" + token + "&next=cart%3Fid%3D7%26x%3Da+b"),
                redirect.headers().firstValue("Location"));
        assertLoginHeaders(redirect, false);
        assertTrue(redirect.headers().firstValue("Content-Security-Policy").orElse("")
                .contains("form-action 'self' https://shop.example;"));
        assertSessionFor(ALICE_UID, client.getSession(WEB_KEY, WEB_SECRET, token));
    }

    @Test
    void get_webApplicationWithoutToken_formCarriesFreshTokenThatLoginApproves() {
        HttpResponse<String> form = client.get(p("api_key", WEB_KEY), p("v", "1.0"));
        String token = LoginClient.hiddenToken(form.body());

        HttpResponse<String> redirect = client.post(List.of(p("api_key", WEB_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", ALICE_PASSWORD)));

        assertPage(form, 200, "<span class=\"app\">The Shop</span> wants to use your account.");
        assertEquals(Optional.of(LoginClient.WEB_CALLBACK + "?auth_token=" + token),
                redirect.headers().firstValue("Location"));
        assertSessionFor(ALICE_UID, client.getSession(WEB_KEY, WEB_SECRET, token));
    }

    @Test
    void get_desktopWithoutToken_invalidLink() {
        assertPage(client.get(p("api_key", DESKTOP_KEY)), 400, "Login link no longer valid");
    }

    @Test
    void get_valuelessPopup_formShownFramingAllowedAndPopupCarried() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        HttpResponse<String> form = client.getRaw("/login.php?api_key=" + DESKTOP_KEY + "&v=1.0&auth_token=" + token
                + "&popup&fbconnect=1&return_session=0&req_perms=&display=popup&skipcookie&hide_checkbox=1&mystery=x");

        assertPage(form, 200, "wants to use your account");
        assertLoginHeaders(form, true);
        assertTrue(form.body().contains("<input type=\"hidden\" name=\"popup\" value=\"1\">"));
        assertFalse(form.body().contains("mystery"));
    }

    @Test
    void get_canvas_framingAllowed() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);

        assertLoginHeaders(client.get(p("api_key", DESKTOP_KEY), p("auth_token", token), p("canvas", "1")), true);
    }

    @Test
    void hostileValues_neverAppearUnescaped() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        String hostile = "\"><script>alert(1)</script>";

        HttpResponse<String> form = client.get(p("api_key", DESKTOP_KEY), p("v", hostile), p("auth_token", token),
                p("next", hostile));
        HttpResponse<String> badKey = client.get(p("api_key", hostile), p("auth_token", token));
        HttpResponse<String> refilled = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", hostile), p("pass", "x")));

        for (HttpResponse<String> page : List.of(form, badKey, refilled)) {
            assertFalse(page.body().contains("<script"), page.body());
            assertFalse(page.body().contains("\">"  + "<"), page.body());
        }
        assertTrue(form.body().contains("name=\"next\" value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""),
                form.body());
        assertTrue(refilled.body().contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""),
                refilled.body());
    }

    @Test
    void cancel_desktop_notAllowedPageAndNothingApproved() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        client.get(p("api_key", DESKTOP_KEY), p("auth_token", token));

        HttpResponse<String> cancelled = client.post(List.of(p("api_key", DESKTOP_KEY), p("auth_token", token),
                p("email", ALICE), p("pass", ALICE_PASSWORD), p("cancel", "1")));

        assertPage(cancelled, 200, "vector was not allowed. You can close this window.");
        assertLoginHeaders(cancelled, false);
        assertNotApproved(client.getSession(DESKTOP_KEY, DESKTOP_SECRET, token));
    }

    @Test
    void cancel_web_linksToConfiguredCallbackNeverCancelUrl() {
        String token = client.createToken(WEB_KEY, WEB_SECRET);
        client.get(p("api_key", WEB_KEY), p("auth_token", token));

        HttpResponse<String> cancelled = client.post(List.of(p("api_key", WEB_KEY), p("auth_token", token),
                p("cancel_url", "https://evil.example/"), p("cancel", "1")));

        assertPage(cancelled, 200, "The Shop was not allowed.");
        assertTrue(cancelled.body().contains("<a href=\"https://shop.example/after-login\">Back to The Shop</a>"));
        assertFalse(cancelled.body().contains("evil.example"));
    }

    @Test
    void loginAlias_redirectsToLoginPhpWithSameQuery() {
        HttpResponse<String> alias = client.getRaw("/login?api_key=" + DESKTOP_KEY + "&popup");

        assertEquals(302, alias.statusCode());
        assertEquals(Optional.of("/login.php?api_key=" + DESKTOP_KEY + "&popup"), alias.headers().firstValue("Location"));
    }

    @Test
    void malformedEscape_badRequestPageWithoutTrace() {
        String page = RawGet.send(server.getURI(), "/login.php?api_key=%zz&auth_token=x");

        assertTrue(page.startsWith("HTTP/1.1 400 Bad Request\r\n"), page);
        assertTrue(page.contains("\r\nX-Frame-Options: DENY\r\n"), page);
        assertTrue(page.contains("<p>This login link is malformed.</p>"), page);
        assertFalse(page.contains("Exception"), page);
    }

    @Test
    void stylesheet_servedAsCss() {
        HttpResponse<String> css = client.getRaw("/login.css");

        assertEquals(200, css.statusCode());
        assertEquals(Optional.of("text/css;charset=utf-8"), css.headers().firstValue("Content-Type"));
        assertTrue(css.body().contains("button.allow"));
    }
}
