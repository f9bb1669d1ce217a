package org.restauth.store.sqlite;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import org.restauth.core.session.SessionPolicy;

/**
 * One SQLite file and the stores that share it. {@link #open} creates the file (owner-only) on first start and
 * brings its schema up to date; it refuses a read-only, damaged or newer file with a {@link SqliteOpenException}
 * naming it. Calls that fail later (disk full, I/O) throw {@link SqliteUnavailableException} and change nothing.
 * Thread-safe; close it once, when the node stops.
 */
public final class SqliteStores implements AutoCloseable {
    private final Database database;
    private final Clock clock;

    private SqliteStores(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * @param file the database file; it and its directory are created if missing
     * @param clock gives the time stamps of applications added, and when ended sessions may be dropped
     */
    public static SqliteStores open(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        Path prepared = DatabaseFile.prepare(file);
        Database database = connect(prepared);
        try {
            check(database);
            Schema.migrate(prepared);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new SqliteStores(database, clock);
    }

    private static Database connect(Path file) {
        try {
            return new Database(file);
        } catch (SQLException e) {
            throw SqliteFailure.atOpen(file, e);
        }
    }

    /** A damaged page is found now, at start, rather than by some person's call later. */
    private static void check(Database database) {
        try {
            String verdict = database.writeAtOpen(connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                    return rows.next() ? rows.getString(1) : "no answer";
                }
            });
            if (!"ok".equals(verdict)) {
                throw new SqliteOpenException(database.file(), "damaged (quick_check: " + verdict
                        + "): restore it from a backup");
            }
        } catch (SQLException e) {
            throw SqliteFailure.atOpen(database.file(), e);
        }
    }

    public Path file() {
        return database.file();
    }

    public SqliteSessionStore sessionStore(SessionPolicy policy) {
        return new SqliteSessionStore(database, policy);
    }

    public SqlitePersonStore personStore() {
        return new SqlitePersonStore(database);
    }

    public SqliteGrantStore grantStore() {
        return new SqliteGrantStore(database);
    }

    public SqliteApplicationStore applicationStore() {
        return new SqliteApplicationStore(database, clock);
    }

    @Override
    public void close() {
        database.close();
    }
}
