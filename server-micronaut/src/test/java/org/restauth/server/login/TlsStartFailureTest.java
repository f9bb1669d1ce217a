package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A TLS file that cannot serve stops the real server's start (its {@code Main}, in a JVM of its own) with one line on
 * standard error naming the file, exit status 1, no stack trace.
 */
class TlsStartFailureTest {
    private final DropInFiles files = DropInFiles.init();

    @Test
    void start_wrongKeyPassword_oneLineNamingTheKeyFile() throws Exception {
        Path encrypted = TestCertificates.encryptedKey(files.key(), "right password");

        Failure failure = start(Map.of("restauth.tls.certificate", files.certificate(),
                "restauth.tls.private-key", encrypted, "restauth.tls.key-password", "wrong password"));

        failure.assertOneLine("restauth: restauth.tls.private-key " + encrypted
                + ": restauth.tls.key-password does not decrypt this key (wrong password?)");
        assertFalse(failure.stderr.contains("right password") || failure.stderr.contains("wrong password "));
    }

    @Test
    void start_encryptedKeyWithoutPassword_oneLineAskingForIt() throws Exception {
        Path encrypted = TestCertificates.encryptedKey(files.key(), "right password");

        Failure failure = start(Map.of("restauth.tls.certificate", files.certificate(),
                "restauth.tls.private-key", encrypted));

        failure.assertOneLine("restauth: restauth.tls.private-key " + encrypted
                + ": the key is encrypted: set restauth.tls.key-password");
    }

    @Test
    void start_keyOfAnotherCertificate_oneLineNamingBothFiles() throws Exception {
        Path caKey = files.dir.resolve("restauth-ca.key");

        Failure failure = start(Map.of("restauth.tls.certificate", files.certificate(),
                "restauth.tls.private-key", caKey));

        failure.assertOneLine("restauth: restauth.tls.private-key " + caKey
                + ": this key does not belong to the certificate in " + files.certificate());
    }

    @Test
    void start_expiredCertificate_oneLineWithTheDate() throws Exception {
        Path expired = TestCertificates.expiredCopy(files, "2024-01-31T12:00:00Z");

        Failure failure = start(Map.of("restauth.tls.certificate", expired, "restauth.tls.private-key", files.key()));

        failure.assertOneLine("restauth: restauth.tls.certificate " + expired
                + ": the certificate expired on 2024-01-31T12:00:00Z");
    }

    @Test
    void start_missingCertificateFile_oneLineNamingIt() throws Exception {
        Path missing = files.dir.resolve("nothing-here.crt");

        Failure failure = start(Map.of("restauth.tls.certificate", missing, "restauth.tls.private-key", files.key()));

        failure.assertOneLine("restauth: restauth.tls.certificate " + missing + ": cannot be read (NoSuchFileException)");
    }

    @Test
    void start_encryptedKeyWithItsPassword_servesHttps() throws Exception {
        Path encrypted = TestCertificates.encryptedKey(files.key(), "right password");
        int httpsPort = TlsClients.freePort();
        Map<String, Object> props = new HashMap<>(Map.of("restauth.tls.certificate", files.certificate().toString(),
                "restauth.tls.private-key", encrypted.toString(), "restauth.tls.key-password", "right password",
                "restauth.tls.port", httpsPort));

        try (EmbeddedServer server = TlsClients.start(props)) {
            String answer = TlsClients.trusting(files.caCertificate())
                    .get(URI.create("https://127.0.0.1:" + httpsPort), TlsClients.createTokenQuery());
            assertTrue(answer.contains("<auth_createToken_response xmlns=\"http://api.facebook.com/1.0/\""), answer);
        }
    }

    /** {@code java -cp <the test class path> org.restauth.server.Main -D...}, free ports, the demo set-up. */
    private static Failure start(Map<String, Object> tls) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dmicronaut.server.host=127.0.0.1",
                "-Dmicronaut.server.port=" + TlsClients.freePort(), "-Drestauth.tls.port=" + TlsClients.freePort()));
        tls.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("org.restauth.server.Main");
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the server started in spite of " + tls);
        }
        return new Failure(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private record Failure(int exitCode, String stdout, String stderr) {
        void assertOneLine(String expected) {
            assertNotEquals(0, exitCode, stderr);
            assertEquals(expected + "\n", stderr, "standard error, exactly");
            assertFalse(stdout.contains("Exception"), stdout);
        }
    }
}
