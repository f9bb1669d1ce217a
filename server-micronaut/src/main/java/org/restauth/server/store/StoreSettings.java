package org.restauth.server.store;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.convert.ConversionService;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.restauth.store.redis.RedisStores;

/** Turns {@code restauth.store} and {@code restauth.redis.*} into a store, refusing bad values by key name. */
final class StoreSettings {
    private StoreSettings() {
    }

    /** {@code restauth.sqlite.*}: the file, and the clock that time-stamps what is added to it. */
    record Sqlite(String path, Clock clock) {
    }

    static StateStore open(String store, RedisProperties redis, ConversionService conversion, Sqlite sqlite) {
        String kind = store == null ? "" : store.trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "sqlite" -> SqliteStateStore.open(sqlite.path(), sqlite.clock());
            case "memory" -> new MemoryStateStore();
            case "redis" -> new RedisStateStore(redisStores(redis, conversion));
            default -> throw new ConfigurationException("restauth.store must be sqlite, memory or redis");
        };
    }

    private static RedisStores redisStores(RedisProperties props, ConversionService conversion) {
        Duration timeout = timeout(props.getTimeout(), conversion);
        String uri = props.getUri() == null ? "" : props.getUri().trim();
        if (!uri.startsWith("redis://") && !uri.startsWith("rediss://")) {
            throw badUri();
        }
        try {
            // connects on first use: the node starts even while Redis is down, and answers error 2 until it is up
            return new RedisStores(uri, timeout);
        } catch (IllegalArgumentException e) {
            throw badUri(); // not chained: the client's message may quote the URI, password included
        }
    }

    private static Duration timeout(String value, ConversionService conversion) {
        Optional<Duration> timeout = value == null ? Optional.empty() : conversion.convert(value.trim(), Duration.class);
        if (timeout.isEmpty() || timeout.get().isNegative() || timeout.get().isZero()) {
            throw new ConfigurationException("restauth.redis.timeout must be a positive duration such as 500ms");
        }
        return timeout.get();
    }

    private static ConfigurationException badUri() {
        return new ConfigurationException("restauth.redis.uri must be a Redis URI such as redis://127.0.0.1:6379"
                + " (or rediss://, with an optional password and database: redis://:password@host:6379/0)");
    }
}
