package org.restauth.server;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * A container health check without curl or a shell (the image has neither): {@code java -cp
 * @/app/jib-classpath-file org.restauth.server.HealthProbe readiness} exits 0 when
 * {@code /health/readiness} answers 200 on this host, 1 otherwise. The port is {@code MICRONAUT_SERVER_PORT}
 * or 8080.
 */
public final class HealthProbe {
    private static final int TIMEOUT_MS = 2000;

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String probe = args.length > 0 && args[0].equals("liveness") ? "liveness" : "readiness";
        String port = System.getenv().getOrDefault("MICRONAUT_SERVER_PORT", "8080");
        System.exit(status("http://127.0.0.1:" + port + "/health/" + probe) == 200 ? 0 : 1);
    }

    static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MS);
            connection.setReadTimeout(TIMEOUT_MS);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
    }
}
