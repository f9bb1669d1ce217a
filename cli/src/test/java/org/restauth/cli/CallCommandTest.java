package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.request.Param;

class CallCommandTest {
    private static final String KEY = TestApiServer.API_KEY;
    private static final String SECRET = TestApiServer.SECRET;

    private TestApiServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestApiServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRun call(String... more) {
        String[] base = {"--url", server.endpoint(), "--api-key", KEY, "--secret", SECRET};
        String[] args = new String[1 + base.length + more.length];
        args[0] = "call";
        System.arraycopy(base, 0, args, 1, base.length);
        System.arraycopy(more, 0, args, 1 + base.length, more.length);
        return CliRun.run(args);
    }

    @Test
    void call_createTokenJson_printsServerBodyAndExits0() {
        CliRun run = call("auth.createToken", "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Pattern.matches("\"[0-9a-f]{32}\"", run.out()), run.out());
        assertEquals(List.of("POST"), server.httpMethods());
    }

    @Test
    void call_createToken_sendsSignedParamsInDocumentedOrder() {
        CliRun run = call("facebook.auth.createToken", "locale=en_US", "--format", "XML", "--callback", "cb");

        assertEquals(0, run.exitCode(), run.err());
        List<String> keys = server.received().get(0).stream().map(Param::key).toList();
        assertEquals(List.of("method", "api_key", "v", "call_id", "format", "callback", "locale", "sig"), keys);
        assertTrue(run.out().startsWith("cb(\"\\u003C?xml version="), run.out());
    }

    @Test
    void call_getSessionWithUnknownToken_printsErrorResponseAndExits1() {
        CliRun run = call("auth.getSession", "auth_token=3e4a22bb2f5ed75114b0fc9995ea85f1");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("<error_response xmlns=\"http://api.facebook.com/1.0/\""), run.out());
        assertTrue(run.out().contains("<error_code>100</error_code><error_msg>Invalid parameter</error_msg>"),
                run.out());
        assertEquals("", run.err());
    }

    @Test
    void call_wrongSecretJson_printsError104AndExits1() {
        CliRun run = CliRun.run("call", "auth.createToken", "--url", server.endpoint(), "--api-key", KEY,
                "--secret", "not-the-secret", "--format", "json-strings");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("{\"error_code\":\"104\",\"error_msg\":\"Incorrect signature\","), run.out());
    }

    @Test
    void call_errorInsideJsonp_exits1() {
        CliRun run = call("auth.expireSession", "--format", "json", "--callback", "cb");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("cb({\"error_code\":453,"), run.out());
    }

    @Test
    void call_errorInsideXmlJsonp_exits1() {
        CliRun run = call("auth.expireSession", "--callback", "cb");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith("cb(\"\\u003C?xml version="), run.out());
        assertTrue(run.out().contains("\\u003Cerror_response xmlns="), run.out());
    }

    @Test
    void call_httpErrorStatus_printsOneLineWithoutParamsAndExits1() {
        CliRun run = CliRun.run("call", "auth.createToken", "--url", server.baseUrl() + "/nothing.php",
                "--api-key", KEY, "--secret", SECRET, "--get");

        assertEquals(1, run.exitCode());
        assertEquals("restauth call: " + server.baseUrl() + "/nothing.php answered HTTP 404" + System.lineSeparator(),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void call_get_sendsQueryStringAndPrintsBody() {
        CliRun run = call("auth.createToken", "--get", "--format", "json", "note=a b&c");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("GET"), server.httpMethods());
        assertTrue(server.received().get(0).contains(new Param("note", "a b&c")), server.received().toString());
        assertTrue(Pattern.matches("\"[0-9a-f]{32}\"", run.out()), run.out());
    }

    @Test
    void call_sessionSecret_signsWithItAndSendsSs() {
        CliRun token = call("auth.createToken", "--format", "json");
        String tok = token.out().replace("\"", "");
        server.approve(tok, 8055);
        CliRun session = call("auth.getSession", "auth_token=" + tok, "--format", "json");
        String sessionKey = field(session.out(), "session_key");
        String sessionSecret = field(session.out(), "secret");

        CliRun expire = call("auth.expireSession", "--session-key", sessionKey, "--session-secret", sessionSecret,
                "--format", "json");

        assertEquals(0, expire.exitCode(), expire.out() + expire.err());
        assertEquals("true", expire.out());
        assertTrue(server.received().get(2).contains(new Param("ss", "1")));
    }

    @Test
    void call_connectionRefused_printsOneLineNamingTheUrlAndExits3() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = CliRun.run("call", "auth.createToken", "--server", "http://127.0.0.1:" + closedPort,
                "--api-key", KEY, "--secret", SECRET);

        assertEquals(3, run.exitCode());
        assertEquals("restauth call: cannot reach http://127.0.0.1:" + closedPort
                + "/restserver.php: connection refused" + System.lineSeparator(), run.err());
        assertEquals("", run.out());
        assertFalse(run.err().contains(SECRET));
    }

    @Test
    void call_sessionSecretWithoutSessionKey_isUsageError() {
        CliRun run = call("auth.expireSession", "--session-secret", "abc");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--session-secret needs --session-key"), run.err());
    }

    private static String field(String json, String name) {
        var m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }
}
