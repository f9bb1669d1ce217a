package org.restauth.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An application.yml as an operator writes it for the server: the SQLite store in a test's directory. */
final class StoreConfig {
    private StoreConfig() {
    }

    static Path sqliteIn(Path dir, String extraYaml) {
        try {
            Path yml = dir.resolve("application.yml");
            Files.writeString(yml, "restauth:\n  store: sqlite\n  sqlite:\n    path: " + dir.resolve("restauth.db")
                    + "\n" + extraYaml);
            return yml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
