package org.restauth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A local CA (made once and kept) and a server certificate it signs for the host names old clients have compiled
 * in. Run again, it keeps the CA and issues a new server certificate (for more {@code --host} names, say), so
 * nothing has to be trusted again; {@code --force} replaces the CA too.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a local certificate authority (kept) and a server certificate signed by it for the "
                + "old API host names, and print how to trust the CA and start the server with it.")
final class TlsInitCommand implements Callable<Integer> {
    /** The names the clients of 2007-2012 use (docs/drop-in.md), and the local addresses. */
    static final List<String> OLD_NAMES = List.of("api.facebook.com", "api-read.facebook.com",
            "api.new.facebook.com", "www.facebook.com", "login.facebook.com", "localhost", "127.0.0.1", "127.0.0.2");
    static final String CA_CERTIFICATE = "restauth-ca.crt";
    static final String CA_KEY = "restauth-ca.key";
    static final String SERVER_CERTIFICATE = "server.crt";
    static final String SERVER_KEY = "server.key";

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "restauth-tls",
            description = "Where the files go (made owner-only; default: ${DEFAULT-VALUE}).")
    private Path dir;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Another DNS name or IP address for the server certificate (repeatable).")
    private List<String> hosts = new ArrayList<>();

    @Option(names = "--force", description = "Replace an existing CA (every machine must then trust the new one).")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        List<HostName> names = names();
        Path home = dir.toAbsolutePath().normalize();
        TlsFiles.ownerOnlyDirectory(home);
        LocalAuthority authority = new LocalAuthority(Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        Credential ca = authority(authority, home, out);
        Credential server = authority.newServer(ca, names);
        TlsFiles.writeKey(home.resolve(SERVER_KEY), server.key());
        TlsFiles.writeCertificate(home.resolve(SERVER_CERTIFICATE), server.certificate());
        new TrustInstructions(home).print(out, names);
        out.flush();
        return ExitCode.OK;
    }

    private Credential authority(LocalAuthority authority, Path home, PrintWriter out) throws IOException {
        Path certificate = home.resolve(CA_CERTIFICATE);
        Path key = home.resolve(CA_KEY);
        boolean exists = Files.exists(certificate) || Files.exists(key);
        if (exists && !force) {
            out.println("Kept the existing CA in " + home + " (--force replaces it).");
            return TlsFiles.read(certificate, key);
        }
        Credential ca = authority.newAuthority("restauth local CA " + LocalDate.now(ZoneOffset.UTC));
        TlsFiles.writeKey(key, ca.key());
        TlsFiles.writeCertificate(certificate, ca.certificate());
        out.println((exists ? "Replaced the CA in " : "Created a CA in ") + home + ".");
        return ca;
    }

    private List<HostName> names() {
        Set<String> all = new LinkedHashSet<>(OLD_NAMES);
        all.addAll(hosts);
        List<HostName> names = new ArrayList<>();
        for (String name : all) {
            try {
                names.add(HostName.parse(name));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--host: " + e.getMessage());
            }
        }
        return names;
    }
}
