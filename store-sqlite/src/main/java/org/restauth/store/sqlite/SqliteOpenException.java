package org.restauth.store.sqlite;

import java.nio.file.Path;

/** The database file cannot be used at all: read-only, damaged, or from a newer restauth. Thrown by open only. */
public final class SqliteOpenException extends RuntimeException {
    private final Path file;

    SqliteOpenException(Path file, String problem, Throwable cause) {
        super("SQLite store " + file + ": " + problem, cause);
        this.file = file;
    }

    SqliteOpenException(Path file, String problem) {
        this(file, problem, null);
    }

    public Path file() {
        return file;
    }
}
