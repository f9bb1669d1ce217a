package org.restauth.server.login;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/** A JDK HTTP client that trusts one CA only, and the in-process TLS servers of the tests. */
final class TlsClients {
    private final HttpClient http;

    private TlsClients(HttpClient http) {
        this.http = http;
    }

    static TlsClients trusting(Path caCertificate) {
        try (InputStream in = Files.newInputStream(caCertificate)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return new TlsClients(HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String get(URI base, String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A signed auth.createToken of the desktop test application, XML. */
    static String createTokenQuery() {
        List<Param> params = new ArrayList<>(List.of(new Param("method", "auth.createToken"),
                new Param("api_key", LoginClient.DESKTOP_KEY)));
        params.add(Signature.param(params, Secret.of(LoginClient.DESKTOP_SECRET)));
        return "/restserver.php?" + LoginClient.encode(params);
    }

    /** The server on 127.0.0.1 with the login tests' people and applications, plus {@code props}. */
    static EmbeddedServer start(Map<String, Object> props) {
        Map<String, Object> all = new HashMap<>(Map.of("micronaut.server.host", "127.0.0.1",
                "micronaut.server.port", freePort(), "restauth.users-file", TestPeople.usersFile(),
                "micronaut.server.cors.localhost-pass-through", true));
        all.putAll(props);
        return ApplicationContext.run(EmbeddedServer.class, all, "apps");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            all.append(cause.getMessage()).append('\n');
        }
        return all.toString();
    }
}
