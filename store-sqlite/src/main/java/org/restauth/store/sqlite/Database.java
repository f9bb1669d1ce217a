package org.restauth.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The open file: one write connection used by one thread at a time (SQLite has one writer; queueing writers in
 * the JVM keeps SQLITE_BUSY away from them), and a few read connections, which WAL lets read during a write.
 * Another process writing the same file (the CLI) is waited for by SQLite's busy timeout, then retried.
 */
final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int READERS = 4;
    private static final int ATTEMPTS = 3;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    Database(Path file) throws SQLException {
        this.file = file;
        this.writer = connect(false);
        try {
            for (int i = 0; i < READERS; i++) {
                readers.add(connect(true));
            }
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    static SQLiteConfig config(boolean forReading) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL); // a granted session survives a power cut too
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE); // take the write lock at BEGIN
        config.setReadOnly(forReading);
        return config;
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    Path file() {
        return file;
    }

    private Connection connect(boolean forReading) throws SQLException {
        return config(forReading).createConnection(url(file));
    }

    /** Runs {@code work} in one write transaction: all of it is committed, or none of it. */
    <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return inTransaction(work);
                } catch (SQLException e) {
                    if (attempt == ATTEMPTS || !SqliteFailure.isBusy(e)) {
                        throw SqliteFailure.unavailable(file, e);
                    }
                }
            }
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

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        writer.setAutoCommit(false);
        try {
            T result = work.run(writer);
            writer.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollBack();
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    private void rollBack() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // SQLite has rolled back already (a failed COMMIT, an I/O error): nothing of it is kept
        }
    }

    /** Runs {@code work} on a read connection; each statement sees the last committed state. */
    <T> T read(SqlWork<T> work) {
        Connection connection = takeReader();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    return work.run(connection);
                } catch (SQLException e) {
                    if (attempt == ATTEMPTS || !SqliteFailure.isBusy(e)) {
                        throw SqliteFailure.unavailable(file, e);
                    }
                }
            }
        } finally {
            readers.add(connection);
        }
    }

    private Connection takeReader() {
        try {
            return readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqliteUnavailableException(file, "interrupted while waiting for a connection", e);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closeQuietly(writer);
            readers.forEach(Database::closeQuietly);
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing is pending on it
        }
    }
}
