package org.restauth.server.store;

import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Path;
import java.time.Clock;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.limit.InMemoryFailureCounter;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.UserDirectory;
import org.restauth.core.user.PersonStore;
import org.restauth.store.sqlite.SqliteOpenException;
import org.restauth.store.sqlite.SqliteStores;

/**
 * One SQLite file ({@code restauth.sqlite.path}) for what must survive a restart: sessions, people, grants,
 * applications added at run time. Tokens, rate-limit buckets and failure counts stay in this process's memory: a restart
 * loses only logins in progress (docs/storage.md).
 */
final class SqliteStateStore implements StateStore {
    private final SqliteStores sqlite;
    private final PersonStore people;
    private final ApplicationStore applications;
    private final GrantStore grants;

    private SqliteStateStore(SqliteStores sqlite) {
        this.sqlite = sqlite;
        this.people = sqlite.personStore();
        this.applications = sqlite.applicationStore();
        this.grants = sqlite.grantStore();
    }

    /** Opens (or creates) the file; a file that cannot be used stops the start naming the key and the file. */
    static SqliteStateStore open(String path, Clock clock) {
        if (path == null || path.isBlank()) {
            throw new ConfigurationException("restauth.sqlite.path must name a file, such as data/restauth.db");
        }
        try {
            return new SqliteStateStore(SqliteStores.open(Path.of(path.trim()), clock));
        } catch (SqliteOpenException e) {
            throw new ConfigurationException("restauth.sqlite.path: " + e.getMessage());
        }
    }

    /**
     * Tokens and rate-limit buckets in memory, the rest in the file. Blocking: a write waits for the disk's sync,
     * so API calls run on the bounded call pool, never on an event loop.
     */
    @Override
    public Stores stores(TokenPolicy tokens, SessionPolicy sessions, ApplicationRegistry applications,
                         UserDirectory users) {
        return new Stores(new InMemoryTokenStore(tokens), sqlite.sessionStore(sessions), applications, users,
                (name, limit) -> new InMemoryRateLimiter(limit), () -> true, true);
    }

    @Override
    public FailureCounter failureCounter(String name, FailureLimit limit) {
        return new InMemoryFailureCounter(limit);
    }

    @Override
    public PersonStore personStore() {
        return people;
    }

    @Override
    public ApplicationStore applicationStore() {
        return applications;
    }

    @Override
    public String kind() {
        return "sqlite";
    }

    @Override
    public void close() {
        sqlite.close();
    }

    @Override
    public GrantStore grantStore() {
        return grants;
    }
}
