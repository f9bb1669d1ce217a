package org.restauth.server.metrics;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.hostile.Wire.KEY;
import static org.restauth.server.hostile.Wire.SECRET;
import static org.restauth.server.hostile.Wire.p;
import static org.restauth.server.hostile.Wire.signed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.logging.LogLevel;
import io.micronaut.logging.LoggingSystem;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;
import org.restauth.server.hostile.Wire;

/**
 * One whole flow (createToken, a failed then a successful login on login.php, getSession, promoteSession,
 * expireSession) and a handful of errors against the real server, every logger at DEBUG, all standard
 * output and error captured from before the start to after the stop: then the log is searched for every
 * secret, token and session key of the flow, the access log's lines are checked, and /prometheus is read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FullFlowTest {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN = Pattern.compile(">([0-9a-f]{32})<");
    private static final String SHOP_SECRET = "shopsecretshopsecretshopsecret00";
    private static final long UID = 8055;
    private static final String EMAIL = "alice@example.com";
    private static final String PASSWORD = "correct horse battery staple";

    private final List<String> secrets = new ArrayList<>(List.of(SECRET, SHOP_SECRET, PASSWORD, "not the password"));
    private String log;
    private String prometheus;

    @BeforeAll
    void runFlow() throws Exception {
        try (CapturedOutput output = CapturedOutput.start()) {
            ProductionLogging logging = logFormat() == null ? null : ProductionLogging.withFormat(logFormat());
            Map<String, Object> props = new HashMap<>(Map.of("micronaut.server.port", -1,
                    "restauth.users-file", usersFile().toString(), "micronaut.server.cors.localhost-pass-through", true,
                    "logger.levels.root", "DEBUG", "logger.levels.restauth.access", "INFO"));
            if (logging != null) {
                props.put("logger.config", "logback.xml"); // Micronaut reloads this file when it sets the levels
            }
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, props, "apps");
            try {
                flow(server);
            } finally {
                server.getApplicationContext().getBean(LoggingSystem.class).setLogLevel("root", LogLevel.WARN);
                server.getApplicationContext().close();
                if (logging != null) {
                    logging.close();
                }
            }
            log = output.text();
        }
        // kept for a reader of a failure: the test's own log, which must hold nothing secret
        Files.writeString(Path.of("target", getClass().getSimpleName() + ".log"), log);
        Files.writeString(Path.of("target", getClass().getSimpleName() + ".prometheus"), prometheus);
    }

    String log() {
        return log;
    }

    /** Null: the tests' own logging (text); else the server's logback.xml with this format. */
    String logFormat() {
        return null;
    }

    /** The messages of one logger, in order, whatever the format: the text after " - ", or formattedMessage. */
    List<String> messages(String logger) {
        return log.lines().filter(line -> line.contains(" " + logger + " - "))
                .map(line -> line.substring(line.indexOf(" " + logger + " - ") + logger.length() + 4)).toList();
    }

    private void flow(EmbeddedServer server) throws Exception {
        Wire wire = new Wire(server.getURI());
        Matcher token = TOKEN.matcher(wire.get(signed("auth.createToken")).body());
        assertTrue(token.find());
        secrets.add(token.group(1));
        login(server, token.group(1), "not the password");
        login(server, token.group(1), PASSWORD);

        JsonNode session = new ObjectMapper().readTree(wire.get(signed("auth.getSession",
                p("auth_token", token.group(1)), p("format", "json"), p("generate_session_secret", "1"))).body());
        String sessionKey = session.get("session_key").textValue();
        String sessionSecret = session.get("secret").textValue();
        secrets.addAll(List.of(sessionKey, sessionSecret));

        List<Param> promote = new ArrayList<>(List.of(p("method", "auth.promoteSession"), p("api_key", KEY),
                p("session_key", sessionKey), p("ss", "1")));
        promote.add(Signature.param(promote, Secret.of(sessionSecret)));
        assertTrue(wire.get(promote).body().contains(sessionSecret));
        secrets.add(promote.get(promote.size() - 1).value());

        wire.get(signed("auth.getSession", p("auth_token", token.group(1))));             // 100: used token
        wire.get(signed("auth.expireSession", p("session_key", sessionKey)));              // true
        wire.get(signed("auth.expireSession", p("session_key", sessionKey), p("format", "json"))); // 102
        wire.get("/restserver.php?method=auth.createToken&api_key=" + KEY + "&sig=" + SECRET);   // 104
        wire.get("/restserver.php?api_key=" + KEY + "&v=%C3%28&secret=" + SECRET);         // 100, unreadable
        wire.post("/restserver.php", Wire.FORM, ("secret=" + SECRET + "&pad=" + "x".repeat(70_000))
                .getBytes(StandardCharsets.US_ASCII));                                     // 413
        prometheus = wire.get("/prometheus").body();
    }

    /** The old scripted login: GET login.php, then POST the form with the cookie it set. */
    private void login(EmbeddedServer server, String token, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String query = Wire.encode(List.of(p("api_key", KEY), p("v", "1.0"), p("auth_token", token)));
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(server.getURI().resolve("/login.php?" + query))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, form.statusCode());
        form.headers().allValues("Set-Cookie").forEach(cookie -> secrets.add(cookie.replaceAll(";.*", "").replaceAll(".*=", "")));
        String post = query + "&" + Wire.encode(List.of(p("email", EMAIL), p("pass", password)));
        HttpResponse<String> done = browser.send(HttpRequest.newBuilder(server.getURI().resolve("/login.php"))
                .header("Content-Type", Wire.FORM).POST(HttpRequest.BodyPublishers.ofString(post)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, done.statusCode());
        assertEquals(password.equals(PASSWORD), done.body().contains("Login successful"), done.body());
    }

    private static Path usersFile() throws Exception {
        Path file = Files.createTempDirectory("restauth-full-flow").resolve("users.json");
        UserFile.write(file, List.of(new User(EMAIL, UID, PasswordHash.create(PASSWORD.toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS))));
        file.toFile().deleteOnExit();
        file.getParent().toFile().deleteOnExit();
        return file;
    }

    @Test
    void log_ofWholeFlowAtDebug_holdsNoSecretTokenOrSessionKey() {
        assertTrue(log.contains("method=auth.getSession"), "the capture saw no access log line");
        for (String secret : secrets) {
            assertFalse(log.contains(secret), "the log holds a secret, token or session key of the flow");
        }
    }

    @Test
    void accessLog_writesOneKeyValueLinePerCall() {
        List<String> lines = messages(AccessLog.LOGGER);

        assertEquals(9, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("method=auth\\.createToken format=xml callback=no result=ok status=200"
                + " duration_ms=\\d+\\.\\d\\d client=127\\.0\\.0\\.1 request_id=[0-9a-f]{32}"), lines.get(0));
        assertTrue(lines.get(1).startsWith("method=auth.getSession format=json callback=no result=ok status=200 "));
        assertTrue(lines.get(5).startsWith("method=auth.expireSession format=json callback=no result=102 status=200 "));
        assertTrue(lines.get(7).startsWith("method=unknown format=xml callback=no result=100 status=200 "));
        assertTrue(lines.get(8).matches("method=unknown format=- callback=no result=http_413 status=413 .* request_id=[0-9a-f]{32}"),
                lines.get(8));
        assertEquals(9, lines.stream().map(line -> line.replaceAll(".* request_id=", "")).distinct().count(),
                "one request id per call: " + lines);
    }

    @Test
    void auditLog_writesLoginOutcomesAndSessionsWithoutSecrets() {
        List<String> lines = messages(Audit.LOGGER);

        assertEquals(List.of("event=login.failed reason=bad_credentials app=vector client=127.0.0.1",
                "event=grant.authorized app=vector api_key=" + KEY + " uid=" + UID,
                "event=login.succeeded app=vector uid=" + UID + " client=127.0.0.1",
                "event=session.granted app=vector uid=" + UID,
                "event=session.ended app=vector count=1"), lines);
    }

    /** Buckets per method and result: a p99 per method is histogram_quantile over them. */
    @Test
    void prometheus_requestTimerPublishesHistogramBuckets() {
        assertTrue(prometheus.contains("restauth_requests_seconds_bucket{method=\"auth.createToken\",result=\"ok\",le=\""),
                prometheus);
        assertTrue(prometheus.contains(
                "restauth_requests_seconds_bucket{method=\"auth.createToken\",result=\"ok\",le=\"+Inf\"} 1"));
    }

    /** Core's LoginService announces each login once, and nothing else counts it: no double counts. */
    @Test
    void prometheus_countsEachLoginOutcomeOnce() {
        assertTrue(prometheus.contains(
                "restauth_logins_total{application=\"vector\",outcome=\"approved\"} 1.0"), prometheus);
        assertTrue(prometheus.contains(
                "restauth_logins_total{application=\"vector\",outcome=\"bad_credentials\"} 1.0"), prometheus);
        assertTrue(prometheus.contains("restauth_tokens_approved_total{application=\"vector\"} 1.0"), prometheus);
    }

    @Test
    void prometheus_countsTheFlowPerApplicationName() {
        assertTrue(prometheus.contains("restauth_tokens_issued_total{application=\"vector\"} 1.0"), prometheus);
        assertTrue(prometheus.contains("restauth_tokens_approved_total{application=\"vector\"} 1.0"));
        assertTrue(prometheus.contains("restauth_tokens_exchanged_total{application=\"vector\"} 1.0"));
        assertTrue(prometheus.contains("restauth_requests_seconds_count{method=\"auth.getSession\",result=\"100\"} 1"));
        assertTrue(prometheus.contains("restauth_requests_seconds_count{method=\"auth.createToken\",result=\"104\"} 1"));
        assertTrue(prometheus.contains("restauth_sessions_ended_total{application=\"vector\"}"), prometheus);
        assertTrue(prometheus.contains("restauth_tokens_live 0.0"));
        assertTrue(prometheus.contains("restauth_sessions_live 0.0"));
        assertFalse(prometheus.contains(KEY), "an api key became a label");
    }
}
