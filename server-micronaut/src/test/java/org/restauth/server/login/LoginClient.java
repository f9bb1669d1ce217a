package org.restauth.server.login;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/**
 * A real HTTP client with a cookie jar, as the old scripted login used: the JDK's HttpClient, no redirects
 * followed (the tests read Location). Also calls the API to create tokens and exchange them.
 */
final class LoginClient {
    static final String DESKTOP_KEY = "0123456789abcdef0123456789abcdef";
    static final String DESKTOP_SECRET = "secretsecretsecretsecretsecret12";
    static final String WEB_KEY = "fedcba9876543210fedcba9876543210";
    static final String WEB_SECRET = "shopsecretshopsecretshopsecret00";
    static final String WEB_CALLBACK = "https://shop.example/after-login";
    private static final Pattern TOKEN_JSON = Pattern.compile("^\"([0-9a-f]{32})\"$");
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"auth_token\" value=\"([0-9a-f]{32})\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);
    private final HttpClient http;

    LoginClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static Param p(String key, String value) {
        return new Param(key, value);
    }

    /** auth.createToken for the application, in JSON; the bare token. */
    String createToken(String apiKey, String secret) {
        String body = api(secret, p("method", "auth.createToken"), p("api_key", apiKey), p("format", "json"));
        Matcher token = TOKEN_JSON.matcher(body);
        if (!token.matches()) {
            throw new AssertionError("no token in " + body);
        }
        return token.group(1);
    }

    /** auth.getSession in JSON: the raw answer. */
    String getSession(String apiKey, String secret, String token) {
        return api(secret, p("method", "auth.getSession"), p("api_key", apiKey), p("auth_token", token),
                p("format", "json"));
    }

    String api(String secret, Param... params) {
        List<Param> all = new ArrayList<>(List.of(params));
        all.add(Signature.param(all, Secret.of(secret)));
        return send(HttpRequest.newBuilder(base.resolve("/restserver.php?" + encode(all))).GET()).body();
    }

    HttpResponse<String> get(Param... query) {
        return getRaw("/login.php?" + encode(List.of(query)));
    }

    /** GET login.php with extra headers, name, value pairs (what a proxy in front adds). */
    HttpResponse<String> getWithHeaders(List<Param> query, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/login.php?" + encode(query))).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> getRaw(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    /** POST login.php urlencoded; {@code headers} are name, value pairs (Origin, Referer). */
    HttpResponse<String> post(List<Param> form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/login.php"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** The old harness: GET login.php, then POST api_key, v, auth_token, email, pass with the cookies kept. */
    HttpResponse<String> scriptedLogin(String apiKey, String token, String email, String password) {
        HttpResponse<String> form = get(p("api_key", apiKey), p("v", "1.0"), p("auth_token", token));
        if (form.statusCode() != 200) {
            throw new AssertionError("form not shown: " + form.statusCode() + " " + form.body());
        }
        return submit(apiKey, token, email, password);
    }

    /** POST login.php with the fields the old scripted login sends: api_key, v, auth_token, email, pass. */
    HttpResponse<String> submit(String apiKey, String token, String email, String password, String... headers) {
        return post(List.of(p("api_key", apiKey), p("v", "1.0"), p("auth_token", token), p("email", email),
                p("pass", password)), headers);
    }

    static String hiddenToken(String html) {
        Matcher token = HIDDEN_TOKEN.matcher(html);
        if (!token.find()) {
            throw new AssertionError("no auth_token field in " + html);
        }
        return token.group(1);
    }

    void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    static String encode(List<Param> params) {
        return params.stream().map(x -> URLEncoder.encode(x.key(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(x.value(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
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
