package org.restauth.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** The read connections: WAL lets each read while the writer writes. A caller waits for a free one. */
final class ReaderPool {
    private final Path file;
    private final BlockingQueue<Connection> idle;
    private volatile boolean closed;

    ReaderPool(Path file, List<Connection> connections) {
        this.file = file;
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    Connection take() {
        if (closed) {
            throw SqliteFailure.unavailable(file, "closed", null);
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SqliteFailure.unavailable(file, "interrupted while waiting for a connection", e);
        }
    }

    /** One given back after close is closed instead: close could not reach it while it was in use. */
    void giveBack(Connection connection) {
        idle.add(connection);
        if (closed) {
            drain();
        }
    }

    void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            closeQuietly(connection);
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing is pending on it
        }
    }
}
