package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real redis-server child process on 127.0.0.1, a free port and a temporary directory. Stopping and
 * starting it again keeps the port and directory, as a restarted Redis would. A copy of store-redis's test
 * fixture, without its Lettuce inspector (the server tests look at Redis only through the server).
 */
final class RedisServer implements AutoCloseable {
    private final int port;
    private final Path dir;
    private final boolean durable;
    private Process process;

    private RedisServer(boolean durable) {
        this.port = FreePort.pick();
        this.durable = durable;
        try {
            this.dir = Files.createTempDirectory("restauth-redis-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Memory only: no snapshot, no append-only file. */
    static RedisServer started() {
        RedisServer server = new RedisServer(false);
        server.start();
        return server;
    }

    /** Every write fsynced to the append-only file before Redis answers. */
    static RedisServer startedDurable() {
        RedisServer server = new RedisServer(true);
        server.start();
        return server;
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    void start() {
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
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGSTOP / SIGCONT: Redis keeps its connections but answers nothing, like a stalled host. */
    void pause() throws Exception {
        signal("-STOP");
    }

    void resume() throws Exception {
        signal("-CONT");
    }

    private void signal(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).start();
        if (kill.waitFor() != 0) {
            fail("kill " + signal + " failed");
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            resume(); // a stopped process would ignore SIGTERM
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

    /** Polls PING on a raw socket until +PONG (a loading server answers -LOADING). */
    private void awaitPong() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("redis-server exited at start with code " + process.exitValue() + ", see " + dir + "/redis.log");
            }
            if (pong()) {
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

    /** Clients connected now, this probe included (INFO clients over a bare socket). */
    int connectedClients() throws IOException {
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

    private boolean pong() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            socket.setSoTimeout(500);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(7);
            return new String(reply, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException e) {
            return false;
        }
    }
}
