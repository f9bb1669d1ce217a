package org.restauth.store.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Real SQLite files in a temporary directory, opened as the server would, all closed and deleted at the end. */
final class TempDatabase implements AutoCloseable {
    private final Path dir;
    private final List<SqliteStores> opened = new ArrayList<>();

    TempDatabase() {
        try {
            dir = Files.createTempDirectory("restauth-sqlite-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dir() {
        return dir;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** A fresh database file each call. */
    SqliteStores fresh() {
        return open(file("store-" + opened.size() + ".db"));
    }

    SqliteStores open(Path file) {
        SqliteStores stores = SqliteStores.open(file, Clock.systemUTC());
        opened.add(stores);
        return stores;
    }

    @Override
    public void close() throws IOException {
        opened.forEach(SqliteStores::close);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
