package org.restauth.server.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image tarball {@code mvn package} built (jib buildTar), read as a container runtime reads it: its
 * config (entrypoint, user, ports, volume, labels), and its layers unpacked and started as the image's
 * user in a chroot with its own /proc (where this runs as root with unshare), answering liveness.
 */
class ImageTarballIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TAR = Path.of(System.getProperty("image.tar", "target/restauth-server-image.tar"));

    @TempDir
    static Path dir;

    private static JsonNode manifest;
    private static JsonNode config;

    @BeforeAll
    static void unpack() throws Exception {
        assertTrue(Files.isRegularFile(TAR), "no image tarball at " + TAR);
        run(List.of("tar", "-xf", TAR.toString(), "-C", dir.toString()));
        manifest = JSON.readTree(dir.resolve("manifest.json").toFile()).get(0);
        config = JSON.readTree(dir.resolve(manifest.get("Config").asText()).toFile()).get("config");
    }

    @Test
    void config_entrypointRunsTheServerOnTheImagesRuntime() {
        assertEquals(List.of("/opt/java/bin/java", "-XX:MaxRAMPercentage=75", "-cp", "@/app/jib-classpath-file",
                "org.restauth.server.Main"), texts(config.get("Entrypoint")));
    }

    @Test
    void config_nonRootUserPortVolumeAndWorkingDirectory() {
        assertEquals("65532:65532", config.get("User").asText());
        assertEquals(List.of("8080/tcp"), fieldNames(config.get("ExposedPorts")));
        assertEquals(List.of("/var/lib/restauth"), fieldNames(config.get("Volumes")));
        assertEquals("/var/lib/restauth", config.get("WorkingDir").asText());
    }

    @Test
    void config_labelsNameLicenseProbesAndHealthCheck() {
        JsonNode labels = config.get("Labels");
        assertEquals("Apache-2.0", labels.get("org.opencontainers.image.licenses").asText());
        assertEquals("/health/liveness", labels.get("org.restauth.probe.liveness").asText());
        assertEquals("/health/readiness", labels.get("org.restauth.probe.readiness").asText());
        assertTrue(labels.get("org.restauth.healthcheck").asText().endsWith("org.restauth.server.HealthProbe readiness"));
    }

    @Test
    void layers_startedAsTheImagesUser_answerLiveness() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/unshare")),
                "starting the image's layers needs root and unshare");
        Path root = Files.createDirectories(dir.resolve("root"));
        for (JsonNode layer : manifest.get("Layers")) {
            run(List.of("tar", "-xzf", dir.resolve(layer.asText()).toString(), "-C", root.toString()));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new java.util.ArrayList<>(List.of("unshare", "--mount", "--fork", "--kill-child", "sh", "-c",
                "mount -t proc proc \"$0/proc\" && exec chroot --userspec=65532:65532 \"$0\" \"$@\"", root.toString()));
        command.addAll(texts(config.get("Entrypoint")));
        command.add(1 + command.indexOf("-XX:MaxRAMPercentage=75"), "-Dmicronaut.server.port=" + port);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile());
        for (String pair : texts(config.get("Env"))) { // as a container runtime sets the image's environment
            int eq = pair.indexOf('=');
            if (!pair.startsWith("PATH=")) { // unshare and chroot run from the host's PATH; java is named in full
                builder.environment().put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        Process server = builder.start();
        try {
            assertEquals(200, awaitLiveness(port), "log: " + Files.readString(dir.resolve("server.log")));
        } finally {
            // the JVM in the chroot first: changing its user cleared unshare's kill-on-exit signal
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    /** Bounded polling: start-up takes 3-20 s on two busy cores. */
    private static int awaitLiveness(int port) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/liveness"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (java.io.IOException notYet) {
                Thread.sleep(250);
            }
        }
        return -1;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, "failed: " + command);
    }
}
