package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tampered users file stops the start at once with a message naming the entry, before any hash is computed:
 * an iteration count of two billion would otherwise cost minutes of CPU per login.
 */
class LoginUsersFileTest {
    @TempDir
    Path dir;

    private String startFailure(String passwordField) throws IOException {
        String good = Files.readString(Path.of(TestPeople.usersFile()));
        Path file = dir.resolve("users.json");
        // the second person's hash replaced, as an editor of the file would
        int bob = good.indexOf("\"" + TestPeople.BOB + "\"");
        int start = good.indexOf("pbkdf2-sha256$", bob);
        int end = good.indexOf('"', start);
        Files.writeString(file, good.substring(0, start) + passwordField + good.substring(end));

        RuntimeException failure = assertThrows(RuntimeException.class, () -> ApplicationContext.run(
                EmbeddedServer.class, Map.of("micronaut.server.port", -1, "restauth.users-file", file.toString())).close());
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        String prefix = "restauth.users-file cannot be read: users file " + file + ": entry 2 (" + TestPeople.BOB + "): ";
        assertTrue(messages.toString().contains(prefix), messages.toString());
        int at = messages.indexOf(prefix) + prefix.length();
        return messages.substring(at, messages.indexOf("\n", at));
    }

    @Test
    void start_iterationCountOfTwoBillion_failsNamingTheEntry() throws IOException {
        String hashPart = "$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

        assertEquals("password hash iteration count 2000000000 is outside 100000 to 10000000",
                startFailure("pbkdf2-sha256$2000000000" + hashPart));
    }

    @Test
    void main_tamperedUsersFile_exitsAtOnceWithTheEntryNamed() throws Exception {
        Path file = dir.resolve("users.json");
        Files.writeString(file, "{\"users\":[{\"email\":\"mallory@example.com\",\"uid\":7,\"password\":"
                + "\"pbkdf2-sha256$2000000000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"}]}");
        Path log = dir.resolve("server.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dmicronaut.server.port=-1", "-Drestauth.users-file=" + file,
                // the default store is a SQLite file under the working directory: keep it in this test's folder
                "-Drestauth.sqlite.path=" + dir.resolve("restauth.db"), "org.restauth.server.Main")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        // bounded, so a hang fails the test instead of stalling the build; the start fails long before
        boolean exited = server.waitFor(120, TimeUnit.SECONDS);
        server.destroyForcibly();

        String output = Files.readString(log);
        assertTrue(exited, "still running:\n" + output);
        assertEquals(2, server.exitValue(), output);
        assertTrue(output.contains("restauth.users-file cannot be read: users file " + file
                + ": entry 1 (mallory@example.com): password hash iteration count 2000000000 is outside 100000 to"
                + " 10000000"), output);
    }

    @Test
    void start_brokenSalt_failsNamingTheEntryNotTheHash() throws IOException {
        String message = startFailure("pbkdf2-sha256$600000$%%secret-looking%%$AAAA");

        assertEquals("password hash salt is not base64", message);
        assertFalse(message.contains("secret-looking"));
    }
}
