package org.restauth.store.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.function.Function;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;

/**
 * One connection to Redis, opened on first use and reopened on the first call after it broke. Every
 * failure of Redis (down, too slow, loading, read-only) becomes error 2 within about the timeout: no
 * command waits for a reconnect, and after a connect attempt that hung the next ones fail at once for a while.
 */
final class RedisGateway implements AutoCloseable {
    private final RedisClient client;
    private final long retryPauseNanos;
    // read without the lock on every call; the lock only orders reconnects, so the caller threads (two Redis
    // calls per request each) no longer all pass through one monitor
    private volatile StatefulRedisConnection<String, String> connection; // written under this
    private long nextConnectNanos = System.nanoTime(); // guarded by this

    RedisGateway(String uri, Duration timeout) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(timeout);
        this.client = RedisClient.create(redisUri);
        // Our own reconnect on the next call, instead of Lettuce's watchdog: its backoff would leave the
        // first calls after Redis is back failing, and commands must never queue while disconnected.
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .build());
        this.retryPauseNanos = timeout.toNanos();
    }

    /** Runs commands; any Redis failure becomes {@code ApiException(SERVICE_UNAVAILABLE)}. */
    <T> T call(Function<RedisCommands<String, String>, T> commands) {
        StatefulRedisConnection<String, String> used = connection();
        try {
            return commands.apply(used.sync());
        } catch (RedisCommandTimeoutException | RedisCommandExecutionException e) {
            throw unavailable(); // the connection itself is fine
        } catch (RedisException e) {
            drop(used);
            throw unavailable();
        }
    }

    /** EVALSHA, falling back to EVAL (which caches the script again) after Redis lost its script cache. */
    <T> T script(LuaScript script, ScriptOutputType type, String[] keys, String... args) {
        return call(redis -> {
            try {
                return redis.<T>evalsha(script.sha1(), type, keys, args);
            } catch (RedisNoScriptException e) {
                return redis.<T>eval(script.text(), type, keys, args);
            }
        });
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> open = connection;
        if (open != null && open.isOpen()) {
            return open;
        }
        return reconnect();
    }

    private synchronized StatefulRedisConnection<String, String> reconnect() {
        if (connection != null && connection.isOpen()) {
            return connection; // another caller reconnected first
        }
        if (System.nanoTime() - nextConnectNanos < 0) {
            throw unavailable();
        }
        if (connection != null) {
            connection.closeAsync(); // already broken: release what Lettuce still holds for it
            connection = null;
        }
        long start = System.nanoTime();
        try {
            StatefulRedisConnection<String, String> opened = client.connect();
            connection = opened;
            return opened;
        } catch (RedisException e) {
            // A refused connection costs nothing: try again on the very next call, so the first call after
            // Redis is back works. An attempt that hung (host unreachable) is not repeated for a while, or
            // every waiting caller would hang in turn.
            long took = System.nanoTime() - start;
            if (took >= retryPauseNanos / 2) {
                nextConnectNanos = System.nanoTime() + retryPauseNanos;
            }
            throw unavailable();
        }
    }

    /** Closes the connection, unless another thread has already replaced it with a new one. */
    private synchronized void drop(StatefulRedisConnection<String, String> broken) {
        broken.closeAsync();
        if (connection == broken) {
            connection = null;
        }
    }

    private static ApiException unavailable() {
        return new ApiException(ApiError.SERVICE_UNAVAILABLE);
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
        client.shutdown();
    }
}
