package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code restauth tls init}: the files it writes, their permissions, the names, and that the CA is kept. */
class TlsInitCommandTest {
    @TempDir
    Path temp;

    @Test
    void init_freshDirectory_caAndServerCertificateForTheOldNamesOwnerOnlyKeys() throws Exception {
        Path dir = temp.resolve("tls");

        CliRun run = CliRun.run("tls", "init", "--dir", dir.toString(), "--host", "auth.example.org",
                "--host", "192.0.2.10");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("rwx------", permissions(dir));
        assertEquals("rw-------", permissions(dir.resolve("restauth-ca.key")));
        assertEquals("rw-------", permissions(dir.resolve("server.key")));
        X509Certificate ca = certificate(dir.resolve("restauth-ca.crt"));
        X509Certificate server = certificate(dir.resolve("server.crt"));
        server.verify(ca.getPublicKey());
        assertEquals(0, ca.getBasicConstraints());
        assertEquals(-1, server.getBasicConstraints());
        assertEquals(List.of("1.3.6.1.5.5.7.3.1"), server.getExtendedKeyUsage());
        assertEquals(Set.of("api.facebook.com", "api-read.facebook.com", "api.new.facebook.com", "www.facebook.com",
                "login.facebook.com", "localhost", "127.0.0.1", "127.0.0.2", "auth.example.org", "192.0.2.10"),
                server.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1)))
                        .collect(Collectors.toSet()));
    }

    @Test
    void init_output_printsTrustStepsAndServerKeysButNoPrivateKey() {
        Path dir = temp.resolve("tls");

        CliRun run = CliRun.run("tls", "init", "--dir", dir.toString());

        assertFalse(run.out().contains("PRIVATE KEY") || run.err().contains("PRIVATE KEY"), run.out());
        assertTrue(run.out().contains("sudo cp " + dir.resolve("restauth-ca.crt")
                + " /usr/local/share/ca-certificates/restauth-ca.crt && sudo update-ca-certificates"), run.out());
        assertTrue(run.out().contains("keytool -importcert -noprompt -alias restauth-ca -file "
                + dir.resolve("restauth-ca.crt")), run.out());
        assertTrue(run.out().contains("-Djavax.net.ssl.trustStore="), run.out());
        assertTrue(run.out().contains("certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n restauth-ca -i "
                + dir.resolve("restauth-ca.crt")), run.out());
        assertTrue(run.out().contains("Firefox"), run.out());
        assertTrue(run.out().contains("-Drestauth.tls.certificate=" + dir.resolve("server.crt")), run.out());
        assertTrue(run.out().contains("-Drestauth.tls.private-key=" + dir.resolve("server.key")), run.out());
    }

    @Test
    void init_again_keepsTheCaAndIssuesANewServerCertificateUnderIt() throws Exception {
        Path dir = temp.resolve("tls");
        CliRun.run("tls", "init", "--dir", dir.toString());
        byte[] caKey = Files.readAllBytes(dir.resolve("restauth-ca.key"));
        X509Certificate firstServer = certificate(dir.resolve("server.crt"));

        CliRun again = CliRun.run("tls", "init", "--dir", dir.toString(), "--host", "later.example");

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().startsWith("Kept the existing CA in " + dir), again.out());
        assertEquals(new String(caKey), Files.readString(dir.resolve("restauth-ca.key")));
        X509Certificate secondServer = certificate(dir.resolve("server.crt"));
        assertNotEquals(firstServer.getSerialNumber(), secondServer.getSerialNumber());
        secondServer.verify(certificate(dir.resolve("restauth-ca.crt")).getPublicKey());
    }

    @Test
    void init_force_replacesTheCa() throws Exception {
        Path dir = temp.resolve("tls");
        CliRun.run("tls", "init", "--dir", dir.toString());
        byte[] caKey = Files.readAllBytes(dir.resolve("restauth-ca.key"));

        CliRun forced = CliRun.run("tls", "init", "--dir", dir.toString(), "--force");

        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(forced.out().startsWith("Replaced the CA in " + dir), forced.out());
        assertNotEquals(new String(caKey), Files.readString(dir.resolve("restauth-ca.key")));
    }

    @Test
    void init_hostThatIsNoName_usageErrorAndNothingWritten() {
        Path dir = temp.resolve("tls");

        CliRun run = CliRun.run("tls", "init", "--dir", dir.toString(), "--host", "not a name");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--host: not a DNS name or an IP address: not a name"), run.err());
        assertFalse(Files.exists(dir));
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static X509Certificate certificate(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
