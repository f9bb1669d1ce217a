package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the secret comes from, {@code --server} and its deprecated forms, {@code --json}, and exit codes. */
class CredentialsAndServerTest {
    private static final String KEY = TestApiServer.API_KEY;

    @TempDir
    Path dir;

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
    void call_secretFile_signsWithIt() throws IOException {
        Path file = Files.writeString(dir.resolve("secret"), TestApiServer.SECRET + "\n");

        CliRun run = CliRun.run("call", "auth.createToken", "--server", server.baseUrl(), "--api-key", KEY,
                "--secret-file", file.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("\"[0-9a-f]{32}\"\\R?"), run.out());
    }

    @Test
    void call_noSecretAnywhere_usageErrorNamingTheWays() {
        CliRun run = CliRun.run("call", "auth.createToken", "--server", server.baseUrl(), "--api-key", KEY);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("RESTAUTH_SECRET") && run.err().contains("--secret-file"), run.err());
        assertTrue(server.received().isEmpty(), "nothing may be sent without a secret");
    }

    @Test
    void call_secretAndSecretFile_usageError() throws IOException {
        Path file = Files.writeString(dir.resolve("secret"), TestApiServer.SECRET);

        CliRun run = CliRun.run("call", "auth.createToken", "--server", server.baseUrl(), "--api-key", KEY,
                "--secret-file", file.toString(), "--secret", TestApiServer.SECRET);

        assertEquals(2, run.exitCode());
        assertFalse(run.err().contains(TestApiServer.SECRET), run.err());
    }

    @Test
    void call_wrongSecret_apiErrorExits1() {
        CliRun run = CliRun.run("call", "auth.createToken", "--server", server.baseUrl(), "--api-key", KEY,
                "--secret", "not-the-secret-not-the-secret-00", "--json");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("\"error_code\":104"), run.out());
    }

    @Test
    void call_deprecatedUrlEndpoint_stillWorks() {
        CliRun run = CliRun.run("call", "auth.createToken", "--url", server.endpoint(), "--api-key", KEY,
                "--secret", TestApiServer.SECRET, "--json");

        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void call_jsonAndFormatXml_usageError() {
        CliRun run = CliRun.run("call", "auth.createToken", "--server", server.baseUrl(), "--api-key", KEY,
                "--secret", TestApiServer.SECRET, "--json", "--format", "xml");

        assertEquals(2, run.exitCode());
    }

    @Test
    void login_noWaitJsonDeprecatedUrl_printsOneObject() throws IOException {
        CliRun run = CliRun.run("login", "--url", server.baseUrl(), "--api-key", KEY, "--secret",
                TestApiServer.SECRET, "--no-wait", "--json");

        assertEquals(0, run.exitCode(), run.err());
        var object = new ObjectMapper().readTree(run.out());
        assertTrue(object.path("auth_token").asText().matches("[0-9a-f]{32}"), run.out());
        assertTrue(object.path("login_url").asText().startsWith(server.baseUrl() + "/login.php?api_key="), run.out());
        assertTrue(run.err().contains("Log in and allow the application at:"), run.err());
    }

    @Test
    void login_serverDown_exit3AndOneLineNamingTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = CliRun.run("login", "--server", "http://127.0.0.1:" + closedPort, "--api-key", KEY,
                "--secret", TestApiServer.SECRET, "--json");

        assertEquals(3, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("cannot reach http://127.0.0.1:" + closedPort + "/restserver.php"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void token_json_printsJsonString() {
        CliRun run = CliRun.run("token", "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("\"[0-9a-f]{32}\"\\R?"), run.out());
    }
}
