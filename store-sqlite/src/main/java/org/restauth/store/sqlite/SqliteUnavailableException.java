package org.restauth.store.sqlite;

import org.restauth.core.error.StoreUnavailableException;

import java.nio.file.Path;

/**
 * A call could not read or write the file (disk full, I/O error, the file locked by another process for too
 * long). The transaction was rolled back: nothing was half-written. It is core's store failure, so a server answers error 2 for it. The message
 * names the file and SQLite's result code, never a value that was being stored.
 */
public final class SqliteUnavailableException extends StoreUnavailableException {
    SqliteUnavailableException(Path file, String problem, Throwable cause) {
        super("SQLite store " + file + " unavailable: " + problem, cause);
    }
}
