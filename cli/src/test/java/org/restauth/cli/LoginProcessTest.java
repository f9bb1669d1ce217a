package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.restauth.core.token.TokenStore;

/**
 * {@code RESTAUTH_SECRET=… restauth login --json} as a real process: the secret reaches it through the
 * environment only (its /proc/PID/cmdline, what {@code ps} shows, does not hold it), and the session comes
 * out as one JSON object.
 */
class LoginProcessTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void login_secretFromEnvironmentJson_printsSessionObjectAndNoSecretInArguments() throws Exception {
        try (TestApiServer server = new TestApiServer()) {
            ProcessBuilder builder = new ProcessBuilder(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "login", "--server", server.baseUrl(), "--api-key", TestApiServer.API_KEY, "--json"));
            builder.environment().put(AppCredentials.SECRET_ENV, TestApiServer.SECRET);
            Process login = builder.start();
            try {
                BufferedReader err = new BufferedReader(new InputStreamReader(login.getErrorStream(), StandardCharsets.UTF_8));
                String token = awaitToken(err);
                String cmdline = Files.readString(Path.of("/proc/" + login.pid() + "/cmdline"), StandardCharsets.UTF_8);

                assertTrue(cmdline.contains("login"), cmdline);
                assertFalse(cmdline.contains(TestApiServer.SECRET), "the secret is in the process arguments");
                assertEquals(TokenStore.ApproveResult.APPROVED, server.approve(token, 8055));
                try (OutputStream keyboard = login.getOutputStream()) {
                    keyboard.write('\n');
                }
                assertTrue(login.waitFor(60, TimeUnit.SECONDS), "login did not end");
                String out = new String(login.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertEquals(0, login.exitValue(), out);
                assertEquals(1, out.lines().count(), out);
                JsonNode session = new ObjectMapper().readTree(out);
                assertTrue(session.path("session_key").asText().endsWith("-8055"), out);
                assertEquals(8055, session.path("uid").asLong(), out);
            } finally {
                login.destroyForcibly();
            }
        }
    }

    /** The login URL goes to standard error with --json; the token is its last parameter. */
    private static String awaitToken(BufferedReader err) throws Exception {
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            int at = line.indexOf("auth_token=");
            if (at >= 0) {
                return line.substring(at + "auth_token=".length());
            }
        }
        assertNotNull(null, "the login URL never came");
        return null;
    }
}
