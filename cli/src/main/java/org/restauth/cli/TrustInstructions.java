package org.restauth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code restauth tls init} prints: the files, how to trust the CA, how to start the server. */
final class TrustInstructions {
    private final Path home;

    TrustInstructions(Path home) {
        this.home = home;
    }

    void print(PrintWriter out, List<HostName> names) {
        String ca = quoted(TlsInitCommand.CA_CERTIFICATE);
        out.println("Server certificate for " + names.stream().map(HostName::value).collect(Collectors.joining(", ")));
        out.println("  " + home.resolve(TlsInitCommand.CA_CERTIFICATE) + "  the CA certificate (public: trust it)");
        out.println("  " + home.resolve(TlsInitCommand.CA_KEY) + "  the CA key (owner-only; keep it here)");
        out.println("  " + home.resolve(TlsInitCommand.SERVER_CERTIFICATE) + ", "
                + home.resolve(TlsInitCommand.SERVER_KEY) + "  for the server");
        out.println();
        out.println("Trust the CA on each machine whose clients connect (docs/drop-in.md):");
        out.println("  Debian/Ubuntu (curl, Perl, PHP, Python...):");
        out.println("    sudo cp " + ca + " /usr/local/share/ca-certificates/restauth-ca.crt"
                + " && sudo update-ca-certificates");
        out.println("  a JVM, with a trust store of its own:");
        out.println("    keytool -importcert -noprompt -alias restauth-ca -file " + ca
                + " -keystore " + quoted("restauth-trust.p12")
                + " -storetype PKCS12 -storepass changeit");
        out.println("    java -Djavax.net.ssl.trustStore=" + quoted("restauth-trust.p12")
                + " -Djavax.net.ssl.trustStorePassword=changeit ...");
        out.println("  or the JDK's own store: sudo keytool -importcert -noprompt -cacerts -alias restauth-ca -file "
                + ca + " -storepass changeit");
        out.println("  Chromium (apt install libnss3-tools):");
        out.println("    certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n restauth-ca -i " + ca);
        out.println("  Firefox: Settings > Privacy & Security > Certificates > View Certificates > Authorities >");
        out.println("    Import " + ca + ", tick \"Trust this CA to identify websites\"");
        out.println();
        out.println("Start the server with (as -D system properties, or the same keys in application.yml):");
        out.println("  -Drestauth.tls.certificate=" + quoted(TlsInitCommand.SERVER_CERTIFICATE));
        out.println("  -Drestauth.tls.private-key=" + quoted(TlsInitCommand.SERVER_KEY));
        out.println("  -Dmicronaut.server.port=80 -Drestauth.tls.port=443");
    }

    /** A path as one shell word. */
    private String quoted(String file) {
        String path = home.resolve(file).toString();
        return path.matches("[A-Za-z0-9_./@:+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
