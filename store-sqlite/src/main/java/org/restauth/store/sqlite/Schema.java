package org.restauth.store.sqlite;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteDataSource;

/**
 * Brings the file's schema to this build's version with Flyway (migrations in {@code db/migration}), and refuses
 * a file written by a newer restauth: its tables may mean things this build does not know.
 */
final class Schema {
    /**
     * Flyway logs through java.util.logging when no SLF4J is present (the CLI): its INFO lines would be printed on
     * every {@code restauth user} command. Held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger FLYWAY_ON_JUL = quiet(Logger.getLogger("org.flywaydb"));

    private Schema() {
    }

    static void migrate(Path file) {
        SQLiteDataSource source = new SQLiteDataSource(Database.config(false));
        source.setUrl(Database.url(file));
        Flyway flyway = Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        try {
            refuseFuture(file, flyway);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new SqliteOpenException(file, "its schema could not be brought up to date (" + e.getMessage() + ")",
                    e);
        }
    }

    private static void refuseFuture(Path file, Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> newest = Arrays.stream(all).filter(Schema::isFuture).reduce((a, b) -> b);
        if (newest.isPresent()) {
            String known = Arrays.stream(all).filter(info -> !isFuture(info)).reduce((a, b) -> b)
                    .map(info -> info.getVersion().toString()).orElse("none");
            throw new SqliteOpenException(file, "written by a newer restauth (schema version "
                    + newest.get().getVersion() + ", this build knows up to " + known
                    + "): run that version, or restore a backup made for this one");
        }
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.WARNING);
        return logger;
    }

    private static boolean isFuture(MigrationInfo info) {
        return info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED;
    }
}
