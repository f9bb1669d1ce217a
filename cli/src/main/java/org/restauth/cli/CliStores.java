package org.restauth.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.user.PersonStore;
import org.restauth.store.redis.RedisStores;
import org.restauth.store.sqlite.SqliteOpenException;
import org.restauth.store.sqlite.SqliteStores;

/**
 * The store the server uses, opened by the CLI while the server runs: people, applications added at run
 * time, and sessions (to end a person's). SQLite or Redis; the server's memory is out of reach.
 */
final class CliStores implements AutoCloseable {
    private final PersonStore people;
    private final ApplicationStore applications;
    private final SessionStore sessions;
    private final AutoCloseable connection;

    private CliStores(PersonStore people, ApplicationStore applications, SessionStore sessions,
                      AutoCloseable connection) {
        this.people = people;
        this.applications = applications;
        this.sessions = sessions;
        this.connection = connection;
    }

    static CliStores open(CliSettings settings) {
        switch (settings.store()) {
            case "sqlite":
                return sqlite(settings);
            case "redis":
                return redis(settings);
            case "memory":
                throw new CliFailure("restauth.store=memory: the server keeps people in its own memory, out of"
                        + " the CLI's reach (use restauth.store=sqlite or redis)");
            default:
                throw new CliFailure("restauth.store must be sqlite, memory or redis");
        }
    }

    private static CliStores sqlite(CliSettings settings) {
        try {
            SqliteStores sqlite = SqliteStores.open(settings.sqlitePath(), Clock.systemUTC());
            // the session policy does not matter for ending sessions, the one use here
            return new CliStores(sqlite.personStore(), sqlite.applicationStore(),
                    sqlite.sessionStore(SessionPolicy.DEFAULT), sqlite);
        } catch (SqliteOpenException e) {
            throw new CliFailure(e.getMessage());
        }
    }

    private static CliStores redis(CliSettings settings) {
        String uri = settings.get("restauth.redis.uri").orElse("redis://127.0.0.1:6379");
        try {
            RedisStores redis = new RedisStores(uri, timeout(settings));
            return new CliStores(redis.personStore(), redis.applicationStore(),
                    redis.sessionStore(SessionPolicy.DEFAULT), redis);
        } catch (IllegalArgumentException e) {
            // not chained or quoted: the URI may hold a password
            throw new CliFailure("restauth.redis.uri must be a Redis URI such as redis://127.0.0.1:6379");
        }
    }

    /** {@code restauth.redis.timeout} in the server's spelling (500ms, 3s); a CLI waits at least 2 s. */
    private static Duration timeout(CliSettings settings) {
        String value = settings.get("restauth.redis.timeout").orElse("").toLowerCase(Locale.ROOT);
        Duration configured = Duration.ZERO;
        if (value.matches("\\d+ms")) {
            configured = Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        } else if (value.matches("\\d+s")) {
            configured = Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return configured.compareTo(Duration.ofSeconds(2)) > 0 ? configured : Duration.ofSeconds(2);
    }

    PersonStore people() {
        return people;
    }

    ApplicationStore applications() {
        return applications;
    }

    SessionStore sessions() {
        return sessions;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (Exception e) {
            throw new CliFailure("could not close the store: " + e.getClass().getSimpleName());
        }
    }
}
