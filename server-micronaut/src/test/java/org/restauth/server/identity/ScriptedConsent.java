package org.restauth.server.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's part of a login with {@code req_perms}, scripted over real HTTP as the old test harnesses did:
 * login.php's form, email and password, then Allow on the consent page it leads to, with the cookies a browser
 * keeps (the form's CSRF cookie, then {@code restauth_person}) and no redirect followed. Public: the two-node
 * test drives one node's pages with it.
 */
public final class ScriptedConsent {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">");
    private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER))
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    public ScriptedConsent(URI base) {
        this.base = base;
    }

    /**
     * Logs in for {@code token} asking for {@code reqPerms}, presses Allow on the consent page; the Location the
     * Allow sent the browser to (the app's callback, or this server's success page).
     */
    public String logInAndAllow(String apiKey, String token, String email, String password, String reqPerms) {
        Map<String, String> login = new LinkedHashMap<>(Map.of("api_key", apiKey, "v", "1.0", "auth_token", token,
                "req_perms", reqPerms));
        expect(200, send(HttpRequest.newBuilder(base.resolve("/login.php?" + form(login))).GET()));
        login.put("email", email);
        login.put("pass", password);
        String prompt = location(expect(302, post("/login.php", login)));
        HttpResponse<String> page = expect(200, send(HttpRequest.newBuilder(base.resolve(prompt)).GET()));
        Map<String, String> allow = hiddenFields(page.body());
        allow.put("action", "allow");
        return location(expect(302, post(action(page.body()), allow)));
    }

    private static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = HIDDEN.matcher(html);
        while (field.find()) {
            fields.put(field.group(1), unescape(field.group(2)));
        }
        if (!fields.containsKey("form_token")) {
            throw new AssertionError("no consent form in " + html);
        }
        return fields;
    }

    private static String action(String html) {
        Matcher action = ACTION.matcher(html);
        if (!action.find()) {
            throw new AssertionError("no form action in " + html);
        }
        return unescape(action.group(1));
    }

    /** What Thymeleaf escapes in an attribute value. */
    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location: " + response.body()));
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((key, value) -> pairs.add(encode(key) + "=" + encode(value)));
        return pairs.stream().collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
