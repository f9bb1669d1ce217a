package org.restauth.server.store;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Clock;
import java.util.Locale;
import org.restauth.store.redis.RedisStores;

/** Turns {@code restauth.store} and {@code restauth.redis.*} into a store, refusing bad values by key name. */
final class StoreSettings {
    private StoreSettings() {
    }

    /** {@code restauth.sqlite.*}: the file, and the clock that time-stamps what is added to it. */
    record Sqlite(String path, Clock clock) {
    }

    static StateStore open(String store, RedisProperties redis, Sqlite sqlite) {
        String kind = store == null ? "" : store.trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "sqlite" -> SqliteStateStore.open(sqlite.path(), sqlite.clock());
            case "memory" -> new MemoryStateStore();
            case "redis" -> new RedisStateStore(redisStores(redis));
            default -> throw new ConfigurationException("restauth.store must be sqlite, memory or redis");
        };
    }

    /** The URI's shape and the timeout were validated by {@link RedisProperties}; the client parses the rest. */
    private static RedisStores redisStores(RedisProperties props) {
        try {
            // connects on first use: the node starts even while Redis is down, and answers error 2 until it is up
            return new RedisStores(props.getUri().trim(), props.getTimeout());
        } catch (IllegalArgumentException e) {
            throw badUri(); // not chained: the client's message may quote the URI, password included
        }
    }

    private static ConfigurationException badUri() {
        return new ConfigurationException("restauth.redis.uri must be a Redis URI such as redis://127.0.0.1:6379"
                + " (or rediss://, with an optional password and database: redis://:password@host:6379/0)");
    }
}
