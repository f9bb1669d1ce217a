package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.restauth.cli.Main;

/**
 * The files of the drop-in set-up, made as an operator makes them: {@code restauth tls init} (the real command),
 * {@code keytool} for a JVM trust store, {@code certutil} for Chromium's NSS store, a hosts file for the old names.
 */
final class DropInFiles {
    static final String OLD_NAMES = "api.facebook.com api-read.facebook.com api.new.facebook.com www.facebook.com"
            + " login.facebook.com";

    final Path dir;

    private DropInFiles(Path dir) {
        this.dir = dir;
    }

    /** A fresh CA and server certificate in a new temporary directory. */
    static DropInFiles init(String... extraArgs) {
        try {
            Path dir = Files.createTempDirectory("restauth-dropin").resolve("tls");
            List<String> args = new ArrayList<>(List.of("tls", "init", "--dir", dir.toString()));
            args.addAll(List.of(extraArgs));
            StringWriter out = new StringWriter();
            int code = Main.commandLine(new Main()).setOut(new PrintWriter(out, true)).execute(args.toArray(String[]::new));
            assertEquals(0, code, out.toString());
            return new DropInFiles(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path caCertificate() {
        return dir.resolve("restauth-ca.crt");
    }

    Path certificate() {
        return dir.resolve("server.crt");
    }

    Path key() {
        return dir.resolve("server.key");
    }

    /** The server's TLS keys, as {@code restauth tls init} prints them. */
    Map<String, Object> serverProperties() {
        return Map.of("restauth.tls.certificate", certificate().toString(),
                "restauth.tls.private-key", key().toString());
    }

    /** A PKCS#12 trust store holding only this CA, made with keytool as the printed instructions say. */
    Path javaTrustStore() {
        Path store = dir.resolve("restauth-trust.p12");
        if (!Files.exists(store)) {
            run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-importcert",
                    "-noprompt", "-alias", "restauth-ca", "-file", caCertificate().toString(), "-keystore",
                    store.toString(), "-storetype", "PKCS12", "-storepass", "changeit"));
        }
        return store;
    }

    /** A home directory whose NSS store (where Chromium looks) trusts only this CA. */
    Path chromiumHome() {
        Path home = dir.resolveSibling("home");
        Path nss = home.resolve(".pki").resolve("nssdb");
        try {
            Files.createDirectories(nss);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(List.of("certutil", "-d", "sql:" + nss, "-N", "--empty-password"));
        run(List.of("certutil", "-d", "sql:" + nss, "-A", "-t", "C,,", "-n", "restauth-ca", "-i",
                caCertificate().toString()));
        return home;
    }

    /** A hosts file sending the old names to {@code address}. */
    Path hostsFile(String address) {
        Path hosts = dir.resolveSibling("hosts");
        try {
            Files.writeString(hosts, "127.0.0.1 localhost\n" + address + " " + OLD_NAMES + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hosts;
    }

    static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), command.get(0) + " failed: " + output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
