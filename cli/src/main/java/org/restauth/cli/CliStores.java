package org.restauth.cli;

import java.time.Clock;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.user.PersonStore;
import org.restauth.store.sqlite.SqliteOpenException;
import org.restauth.store.sqlite.SqliteStores;

/**
 * The store the server uses, opened by the CLI while the server runs: people, applications added at run
 * time, and sessions (to end a person's). SQLite only in this build: the server's memory is out of reach, and
 * people on Redis wait for the Redis person store.
 */
final class CliStores implements AutoCloseable {
    private final SqliteStores sqlite;
    private final CliSettings settings;

    private CliStores(SqliteStores sqlite, CliSettings settings) {
        this.sqlite = sqlite;
        this.settings = settings;
    }

    static CliStores open(CliSettings settings) {
        String store = settings.store();
        switch (store) {
            case "sqlite":
                try {
                    return new CliStores(SqliteStores.open(settings.sqlitePath(), Clock.systemUTC()), settings);
                } catch (SqliteOpenException e) {
                    throw new CliFailure(e.getMessage());
                }
            case "memory":
                throw new CliFailure("restauth.store=memory: the server keeps people in its own memory, out of"
                        + " the CLI's reach (use restauth.store=sqlite)");
            case "redis":
                throw new CliFailure("restauth.store=redis: people and applications on Redis are not managed by"
                        + " this build of the CLI yet");
            default:
                throw new CliFailure("restauth.store must be sqlite, memory or redis");
        }
    }

    CliSettings settings() {
        return settings;
    }

    PersonStore people() {
        return sqlite.personStore();
    }

    ApplicationStore applications() {
        return sqlite.applicationStore();
    }

    /** Only to end sessions: the policy does not matter for that. */
    SessionStore sessions() {
        return sqlite.sessionStore(SessionPolicy.DEFAULT);
    }

    @Override
    public void close() {
        sqlite.close();
    }
}
