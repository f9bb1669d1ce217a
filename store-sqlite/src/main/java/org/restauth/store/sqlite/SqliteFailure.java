package org.restauth.store.sqlite;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** What a failed SQLite call means for restauth: wait and retry, a damaged file, or the store unavailable. */
final class SqliteFailure {
    private SqliteFailure() {
    }

    /** Another writer (the CLI, a second process) held the lock past the busy timeout. */
    static boolean isBusy(SQLException e) {
        SQLiteErrorCode code = code(e);
        return code != null && (code.name().startsWith("SQLITE_BUSY") || code.name().startsWith("SQLITE_LOCKED"));
    }

    static RuntimeException unavailable(Path file, SQLException e) {
        return unavailable(file, describe(e), e);
    }

    /** Every failure of a call is made here, so that the type a server answers error 2 for is chosen once. */
    static RuntimeException unavailable(Path file, String problem, Throwable cause) {
        return new SqliteUnavailableException(file, problem, cause);
    }

    /** At open: the problem an operator can act on, in words. */
    static SqliteOpenException atOpen(Path file, SQLException e) {
        SQLiteErrorCode code = code(e);
        String name = code == null ? "" : code.name();
        if (name.startsWith("SQLITE_NOTADB") || name.startsWith("SQLITE_CORRUPT")) {
            return new SqliteOpenException(file, "not a SQLite database or damaged (" + name
                    + "): restore it from a backup", e);
        }
        if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM")) {
            return new SqliteOpenException(file, "cannot be written (" + name + "): check the file, its directory"
                    + " and the mount", e);
        }
        return new SqliteOpenException(file, "cannot be opened (" + describe(e) + ")", e);
    }

    private static String describe(SQLException e) {
        SQLiteErrorCode code = code(e);
        return code == null ? e.getClass().getSimpleName() : code.name();
    }

    private static SQLiteErrorCode code(SQLException e) {
        return e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
    }
}
