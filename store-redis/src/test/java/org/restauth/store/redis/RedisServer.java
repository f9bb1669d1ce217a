package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.fail;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real redis-server child process on 127.0.0.1, a free port and a temporary directory, for tests.
 * Stopping and starting it again keeps the port and directory, as a restarted Redis would. Shared with
 * the server's multi-node tests through this module's test-jar.
 */
public final class RedisServer implements AutoCloseable {
    private final int port;
    private final Path dir;
    private final boolean durable;
    private Process process;
    private RedisClient inspector;
    private StatefulRedisConnection<String, String> inspection;

    private RedisServer(boolean durable) {
        this.port = freePort();
        this.durable = durable;
        try {
            this.dir = Files.createTempDirectory("restauth-redis-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Memory only: no snapshot, no append-only file. */
    public static RedisServer started() {
        RedisServer server = new RedisServer(false);
        server.start();
        return server;
    }

    /** Every write fsynced to the append-only file before Redis answers. */
    public static RedisServer startedDurable() {
        RedisServer server = new RedisServer(true);
        server.start();
        return server;
    }

    /**
     * The command timeout of tests that check behaviour rather than outages: a loaded two-core machine
     * can stall Redis past the 500 ms production default, which would turn into false error-2 failures.
     */
    static final Duration PATIENT = Duration.ofSeconds(10);

    /** A connection with {@link #PATIENT} timeouts. */
    RedisStores patientStores() {
        return new RedisStores(uri(), PATIENT);
    }

    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    public void start() {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--daemonize", "no", "--dir", dir.toString()));
        command.addAll(durable ? List.of("--appendonly", "yes", "--appendfsync", "always")
                : List.of("--appendonly", "no"));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), "redis.log")))
                    .start();
        } catch (IOException e) {
            fail("cannot start redis-server (is it installed? apt-get install -y --no-install-recommends "
                    + "redis-server): " + e.getMessage());
        }
        awaitPong();
    }

    /** SIGKILL: no shutdown, no final save, like a crash. */
    public void kill() throws InterruptedException {
        closeInspection();
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGSTOP / SIGCONT: the server keeps its connections but answers nothing, like a stalled host. */
    public void pause() throws Exception {
        signal("-STOP");
    }

    public void resume() throws Exception {
        signal("-CONT");
    }

    /** A plain client for looking at keys and for wiping the data between tests. */
    RedisCommands<String, String> inspect() {
        if (inspection == null) {
            inspector = RedisClient.create(uri());
            inspection = inspector.connect();
        }
        return inspection.sync();
    }

    public void flushAll() {
        inspect().flushall();
    }

    @Override
    public void close() throws Exception {
        closeInspection();
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void closeInspection() {
        if (inspector != null) {
            inspection.close();
            inspector.shutdown();
            inspector = null;
            inspection = null;
        }
    }

    /** Clients connected right now, this question's own connection included (INFO over a raw socket). */
    public int connectedClients() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("INFO clients\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[4096];
            int read = socket.getInputStream().read(reply);
            String info = new String(reply, 0, Math.max(read, 0), StandardCharsets.US_ASCII);
            for (String line : info.split("\r\n")) {
                if (line.startsWith("connected_clients:")) {
                    return Integer.parseInt(line.substring("connected_clients:".length()).trim());
                }
            }
            throw new IOException("no connected_clients in INFO: " + info);
        }
    }

    private void signal(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).start();
        if (kill.waitFor() != 0) {
            fail("kill " + signal + " failed");
        }
    }

    /** Polls PING on a raw socket until +PONG (a loading server answers -LOADING). */
    private void awaitPong() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("redis-server exited at start with code " + process.exitValue() + ", see " + dir + "/redis.log");
            }
            if (RawPing.pong(port)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for redis-server");
            }
        }
        fail("redis-server did not answer PING within 20 s on port " + port);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
