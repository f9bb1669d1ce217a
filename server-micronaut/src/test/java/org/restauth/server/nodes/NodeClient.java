package org.restauth.server.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/** API calls to one node as an old desktop client makes them (POST urlencoded, format=json, signed). */
final class NodeClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Duration timeout;

    NodeClient(URI base) {
        this(base, Duration.ofSeconds(20));
    }

    /** {@code timeout}: how long one answer may take (a crowd of logins on two shared cores waits for hashing). */
    NodeClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    /** The HTTP status of {@code /health}, or empty if nothing listens. */
    Optional<Integer> healthStatus() {
        try {
            return Optional.of(health().status());
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    Answer health() {
        return get("/health");
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    String createToken() {
        Answer answer = createTokenAnswer();
        if (!answer.body().startsWith("\"")) {
            throw new AssertionError("createToken failed: " + answer);
        }
        return answer.json().asText();
    }

    Answer createTokenAnswer() {
        return call(Secret.of(TestNodes.SECRET), p("method", "auth.createToken"), p("api_key", TestNodes.API_KEY));
    }

    Answer getSession(String token) {
        return call(Secret.of(TestNodes.SECRET), p("method", "auth.getSession"), p("api_key", TestNodes.API_KEY),
                p("auth_token", token));
    }

    /** Signed with the session's secret ({@code ss=1}), as desktop clients do once they have one. */
    Answer expireSession(Session session) {
        return call(Secret.of(session.secret()), p("method", "auth.expireSession"), p("api_key", TestNodes.API_KEY),
                p("session_key", session.key()), p("ss", "1"));
    }

    /** Signed with the application's secret: the only one left once the session has ended. */
    Answer expireSessionSignedByApp(Session session) {
        return call(Secret.of(TestNodes.SECRET), p("method", "auth.expireSession"), p("api_key", TestNodes.API_KEY),
                p("session_key", session.key()));
    }

    Answer promoteSession(Session session) {
        return call(Secret.of(session.secret()), p("method", "auth.promoteSession"), p("api_key", TestNodes.API_KEY),
                p("session_key", session.key()), p("ss", "1"));
    }

    /** auth.createToken, login.php as the person, auth.getSession: getSession's answer. */
    Answer logIn(String email, String password) {
        String token = createToken();
        String done = submitLogin(openLogin(token), token, email, password).body();
        if (!done.contains("Login successful")) {
            throw new AssertionError("login failed: " + done);
        }
        return getSession(token);
    }

    /** A method called with a session, signed with the application's secret; {@code more} are key, value pairs. */
    Answer sessionCall(Session session, String method, String... more) {
        List<String> all = new ArrayList<>(List.of("session_key", session.key()));
        all.addAll(List.of(more));
        return appCall(method, all.toArray(String[]::new));
    }

    /** A method called with no session, signed with the application's secret; {@code more} are key, value pairs. */
    Answer appCall(String method, String... more) {
        List<Param> params = new ArrayList<>(List.of(p("method", method), p("api_key", TestNodes.API_KEY)));
        for (int i = 0; i + 1 < more.length; i += 2) {
            params.add(p(more[i], more[i + 1]));
        }
        return call(Secret.of(TestNodes.SECRET), params.toArray(Param[]::new));
    }

    /** GET login.php as the person's browser opens it: the form, and the cookie its POST must bring. */
    LoginForm openLogin(String token) {
        String query = form(List.of(p("api_key", TestNodes.API_KEY), p("v", "1.0"), p("auth_token", token)));
        long start = System.nanoTime();
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(base.resolve("/login.php?" + query)).GET());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("restauth_login_"))
                .map(header -> header.split(";", 2)[0])
                .findFirst().orElse("");
        return new LoginForm(new Answer(response.statusCode(), response.body(), took), cookie);
    }

    /** POST login.php with the fields the old scripted login sends, and the form's cookie. */
    Answer submitLogin(LoginForm form, String token, String email, String password) {
        String body = form(List.of(p("api_key", TestNodes.API_KEY), p("v", "1.0"), p("auth_token", token),
                p("email", email), p("pass", password)));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/login.php"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!form.cookie().isEmpty()) {
            request.header("Cookie", form.cookie());
        }
        return send(request);
    }

    /** Any API call in JSON, signed with {@code secret}. */
    Answer call(Secret secret, Param... params) {
        List<Param> all = new ArrayList<>(List.of(params));
        all.add(p("format", "json"));
        all.add(Signature.param(all, secret));
        return send(HttpRequest.newBuilder(base.resolve("/restserver.php"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))));
    }

    private static String form(List<Param> params) {
        return params.stream()
                .map(x -> URLEncoder.encode(x.key(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(x.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        HttpResponse<String> response = exchange(request);
        return new Answer(response.statusCode(), response.body(), Duration.ofNanos(System.nanoTime() - start));
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Param p(String key, String value) {
        return new Param(key, value);
    }

    /** One HTTP answer and how long it took. */
    record Answer(int status, String body, Duration took) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The protocol error code, or 0 for a successful answer. */
        int errorCode() {
            JsonNode json = json();
            return json.isObject() && json.has("error_code") ? json.get("error_code").asInt() : 0;
        }

        Session session() {
            JsonNode json = json();
            if (!json.has("session_key")) {
                throw new AssertionError("no session in " + body);
            }
            return new Session(json.get("session_key").asText(), json.get("secret").asText());
        }
    }

    /** The login form as served, and the CSRF cookie that came with it ({@code name=value}). */
    record LoginForm(Answer page, String cookie) {
    }

    /** What getSession gave a desktop application. */
    record Session(String key, String secret) {
    }
}
