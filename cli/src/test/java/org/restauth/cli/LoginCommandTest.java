package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.api.ApiResult;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import org.restauth.core.crypto.Secret;
import org.restauth.core.token.TokenStore;

class LoginCommandTest {
    private static final String KEY = TestApiServer.API_KEY;

    private TestApiServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestApiServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void login_approvedThenEnter_printsSessionAndTheTokenIsGone() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(keyboard);
        StringWriter out = new StringWriter();
        CompletableFuture<CliRun> login = CompletableFuture.supplyAsync(() -> CliRun.withInput(stdin, out,
                "login", "--url", server.baseUrl(), "--api-key", KEY, "--secret", TestApiServer.SECRET));

        String token = awaitToken(out, login);
        assertEquals(List.of("auth.createToken"), methodsCalled(), "nothing polls before Enter");
        assertEquals(TokenStore.ApproveResult.APPROVED, server.approve(token, 8055));
        keyboard.write("\n".getBytes(StandardCharsets.US_ASCII));
        keyboard.flush();
        CliRun run = login.get(30, TimeUnit.SECONDS);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Press Enter when you have logged in and allowed the application." + System.lineSeparator(),
                run.err());
        Matcher session = Pattern.compile("Log in and allow the application at:\n"
                + Pattern.quote(server.baseUrl() + "/login.php?api_key=" + KEY + "&v=1.0&auth_token=" + token) + "\n"
                + "session_key: [0-9a-f]{24}-8055\n"
                + "uid: 8055\n"
                + "expires: (\\d+)\n"
                + "secret: [0-9a-f]{32}\n").matcher(run.out().replace(System.lineSeparator(), "\n"));
        assertTrue(session.matches(), run.out());
        long expires = Long.parseLong(session.group(1));
        long inADay = System.currentTimeMillis() / 1000 + Duration.ofHours(24).toSeconds();
        assertTrue(Math.abs(expires - inADay) < 120, "desktop sessions last 24 hours: " + expires);
        assertEquals(List.of("auth.createToken", "auth.getSession"), methodsCalled());
        assertEquals(new ApiResult.Failure(ApiError.INVALID_PARAMETER), secondGetSession(token).result());
    }

    @Test
    void login_enterWithoutApproval_failsWithError100AndBurnsTheToken() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(keyboard);
        StringWriter out = new StringWriter();
        CompletableFuture<CliRun> login = CompletableFuture.supplyAsync(() -> CliRun.withInput(stdin, out,
                "login", "--url", server.baseUrl() + "/", "--api-key", KEY, "--secret", TestApiServer.SECRET));

        String token = awaitToken(out, login);
        keyboard.write("\n".getBytes(StandardCharsets.US_ASCII));
        keyboard.flush();
        CliRun run = login.get(30, TimeUnit.SECONDS);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().endsWith("restauth login: auth.getSession failed: error 100 Invalid parameter"
                + " (the token was not approved in time, has expired, or was already used)" + System.lineSeparator()),
                run.err());
        assertEquals(TokenStore.ApproveResult.UNKNOWN, server.approve(token, 8055));
    }

    @Test
    void login_noWait_printsUrlAndTokenAndLeavesTokenUsable() {
        CliRun run = CliRun.run("login", "--no-wait", "--url", server.baseUrl(), "--api-key", KEY,
                "--secret", TestApiServer.SECRET);

        assertEquals(0, run.exitCode(), run.err());
        Matcher m = Pattern.compile("auth_token: ([0-9a-f]{32})\n$")
                .matcher(run.out().replace(System.lineSeparator(), "\n"));
        assertTrue(m.find(), run.out());
        assertEquals(List.of("auth.createToken"), methodsCalled());
        assertEquals(TokenStore.ApproveResult.APPROVED, server.approve(m.group(1), 8055));
    }

    @Test
    void login_wrongSecret_reportsError104() {
        CliRun run = CliRun.run("login", "--url", server.baseUrl(), "--api-key", KEY, "--secret", "wrong");

        assertEquals(1, run.exitCode());
        assertEquals("restauth login: auth.createToken failed: error 104 Incorrect signature" + System.lineSeparator(),
                run.err());
    }

    private List<String> methodsCalled() {
        return server.received().stream()
                .map(params -> params.stream().filter(p -> p.key().equals("method")).findFirst().orElseThrow().value())
                .toList();
    }

    private static String awaitToken(StringWriter out, CompletableFuture<CliRun> login) throws InterruptedException {
        Pattern url = Pattern.compile("auth_token=([0-9a-f]{32})");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String text;
            synchronized (out) {
                text = out.toString();
            }
            Matcher m = url.matcher(text);
            if (m.find()) {
                return m.group(1);
            }
            if (login.isDone()) {
                throw new AssertionError("login ended before printing the URL: " + login.join());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no login URL printed: " + out);
    }

    /** What an old client would get if it called auth.getSession again with the same token. */
    private org.restauth.core.api.ApiResponse secondGetSession(String token) {
        List<Param> params = new java.util.ArrayList<>(List.of(new Param("method", "auth.getSession"),
                new Param("api_key", KEY), new Param("auth_token", token)));
        params.add(Signature.param(params, Secret.of(TestApiServer.SECRET)));
        return server.api().handle(ApiRequest.of(params));
    }
}
