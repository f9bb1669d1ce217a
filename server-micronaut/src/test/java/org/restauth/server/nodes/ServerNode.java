package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One restauth server in its own JVM process, on a free loopback port, configured with {@code -D} properties as an
 * operator would: the shaded jar package built ({@link #startedFromJar}, for *IT tests) or
 * {@code org.restauth.server.Main} on this test's class path ({@link #started}). Its output goes to a file that a
 * failed start quotes.
 */
final class ServerNode implements AutoCloseable {
    private final List<String> command;
    private final int port;
    private final Path log;
    private Process process;

    private ServerNode(Map<String, String> properties, Optional<Path> jar) {
        this.port = FreePort.pick();
        try {
            this.log = Files.createTempFile("restauth-node-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        command = javaCommand(port, properties, jar);
    }

    /**
     * The server in a small, quickly started JVM (several run at once on two cores): {@code java -jar JAR}, or the
     * main class on this test's class path when {@code jar} is empty.
     */
    static List<String> javaCommand(int port, Map<String, String> properties, Optional<Path> jar) {
        List<String> command = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx192m", "-Dmicronaut.server.port=" + port, "-Dmicronaut.server.host=127.0.0.1"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (jar.isPresent()) {
            command.addAll(List.of("-jar", jar.get().toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.restauth.server.Main"));
        }
        return command;
    }

    /** The java launcher of the JVM running the tests. */
    static String java() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Everything the node wrote to standard output and standard error so far. */
    String output() {
        return logText();
    }

    /** Starts a node and waits until its {@code /health} answers (UP or DOWN: it listens). */
    static ServerNode started(Map<String, String> properties) {
        return started(properties, Optional.empty());
    }

    /** As {@link #started}, from server-micronaut/target/restauth-server.jar. */
    static ServerNode startedFromJar(Map<String, String> properties) {
        return started(properties, Optional.of(PackagedJars.server()));
    }

    private static ServerNode started(Map<String, String> properties, Optional<Path> jar) {
        ServerNode node = new ServerNode(properties, jar);
        node.start();
        return node;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts it again after {@link #kill()}, on the same port with the same configuration. */
    void start() {
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitListening();
    }

    /** Waits (bounded) until {@code /health} says UP: the node reaches its store. */
    void awaitUp() throws InterruptedException {
        NodeClient client = new NodeClient(base());
        for (int poll = 0; poll < 300 && client.healthStatus().orElse(0) != 200; poll++) {
            Thread.sleep(100);
        }
    }

    /** Waits (bounded) until the node has printed {@code text}: what it prints at start may follow its first answer. */
    void awaitOutput(String text) throws InterruptedException {
        for (int poll = 0; poll < 300 && !logText().contains(text); poll++) {
            Thread.sleep(100);
        }
    }

    /** SIGKILL: no shutdown hook, like a crashed machine. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        }
        Files.deleteIfExists(log);
    }

    private void awaitListening() {
        NodeClient client = new NodeClient(base());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("server node exited at start with code " + process.exitValue() + ":\n" + logText());
            }
            if (client.healthStatus().isPresent()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for a server node");
            }
        }
        fail("server node did not answer /health within 90 s:\n" + logText());
    }

    private String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
