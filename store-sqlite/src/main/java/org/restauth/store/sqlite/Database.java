package org.restauth.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The open file: one write connection used by one thread at a time (SQLite has one writer; queueing writers in
 * the JVM keeps SQLITE_BUSY away from them), and a few read connections. Another process writing the same file
 * (the CLI) is waited for by SQLite's busy timeout, then retried.
 */
final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int READERS = 4;
    private static final int ATTEMPTS = 3;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ReaderPool readers;
    private boolean closed; // guarded by writeLock

    Database(Path file) throws SQLException {
        this.file = file;
        this.writer = config(false).createConnection(url(file));
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < READERS; i++) {
                opened.add(config(true).createConnection(url(file)));
            }
        } catch (SQLException e) {
            ReaderPool.closeQuietly(writer);
            opened.forEach(ReaderPool::closeQuietly);
            throw e;
        }
        this.readers = new ReaderPool(file, opened);
    }

    static SQLiteConfig config(boolean forReading) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL); // a granted session survives a power cut too
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setReadOnly(forReading);
        return config;
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            if (closed) {
                throw SqliteFailure.unavailable(file, "closed", null);
            }
            return attempts(writer, connection -> inTransaction(work));
        } finally {
            writeLock.unlock();
        }
    }

    /** {@link #write} without retry or translation, for the checks at open, which report failures themselves. */
    <T> T writeAtOpen(SqlWork<T> work) throws SQLException {
        writeLock.lock();
        try {
            return inTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} on a read connection; each statement sees the last committed state. */
    <T> T read(SqlWork<T> work) {
        Connection connection = readers.take();
        try {
            return attempts(connection, work);
        } finally {
            readers.giveBack(connection);
        }
    }

    /** A lock still held after the busy timeout is tried again; anything else is the store being unavailable. */
    private <T> T attempts(Connection connection, SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                if (attempt == ATTEMPTS || !SqliteFailure.isBusy(e)) {
                    throw SqliteFailure.unavailable(file, e);
                }
            }
        }
    }

    /**
     * BEGIN IMMEDIATE takes the write lock at once (waiting out another process by the busy timeout), so no
     * statement inside can fail for a lock. The statements are sent by hand: the driver's own transaction
     * handling begins a new transaction right after each commit or rollback, which could block on another
     * process after the data was already committed.
     */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Statement control = writer.createStatement()) {
            control.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                control.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollBack(control);
                throw e;
            }
        }
    }

    private static void rollBack(Statement control) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // SQLite rolled back already (a full disk, an I/O error end the transaction): nothing of it is kept
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closed = true;
            ReaderPool.closeQuietly(writer);
            readers.close();
        } finally {
            writeLock.unlock();
        }
    }
}
