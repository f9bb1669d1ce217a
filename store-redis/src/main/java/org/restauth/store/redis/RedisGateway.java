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
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;

/**
 * One connection to Redis, opened on first use and reopened on the first call after it broke. Every
 * failure of Redis (down, too slow, loading, read-only) becomes error 2 within about the timeout: no
 * command waits for a reconnect, and after a connect attempt that hung the next ones fail at once for a while.
 * Calls are synchronous (they block their thread for a round trip) or asynchronous ({@link #scriptAsync}:
 * never blocking the caller, completed on Lettuce's own thread, at most {@code maxInFlight} at once).
 */
final class RedisGateway implements AutoCloseable {
    private final ClientResources resources;
    private final RedisClient client;
    private final RedisURI uri;
    private final long retryPauseNanos;
    private final Duration connectBound;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    // read without the lock on every call; the lock only orders reconnects
    private volatile StatefulRedisConnection<String, String> connection; // written under this
    private CompletableFuture<StatefulRedisConnection<String, String>> connecting; // guarded by this
    private long nextConnectNanos = System.nanoTime(); // guarded by this

    RedisGateway(String uri, Duration timeout, int maxInFlight) {
        this.uri = RedisURI.create(uri);
        this.uri.setTimeout(timeout);
        this.resources = ClientResources.builder().nettyCustomizer(new FlushBatching()).build();
        this.client = RedisClient.create(resources, this.uri);
        // Our own reconnect on the next call, instead of Lettuce's watchdog: its backoff would leave the
        // first calls after Redis is back failing, and commands must never queue while disconnected.
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .build());
        this.retryPauseNanos = timeout.toNanos();
        this.connectBound = timeout.multipliedBy(2); // the TCP connect, then Lettuce's handshake
        this.maxInFlight = maxInFlight;
    }

    /** Runs commands; any Redis failure becomes {@code ApiException(SERVICE_UNAVAILABLE)}. */
    <T> T call(Function<RedisCommands<String, String>, T> commands) {
        StatefulRedisConnection<String, String> used = connection();
        try {
            return commands.apply(used.sync());
        } catch (RedisException e) {
            throw failure(used, e);
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

    /**
     * {@link #script} without blocking: the stage fails with {@code ApiException(SERVICE_UNAVAILABLE)} as
     * {@link #script} would throw it, and at once while {@code maxInFlight} calls are still waiting for Redis
     * (a flood while Redis is slow must not pile up without bound).
     */
    <T> CompletionStage<T> scriptAsync(LuaScript script, ScriptOutputType type, String[] keys, String... args) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            return CompletableFuture.failedFuture(unavailable());
        }
        StatefulRedisConnection<String, String> open = connection;
        CompletionStage<T> result = open != null && open.isOpen()
                ? evalAsync(open, script, type, keys, args)
                : connectAsync().exceptionally(e -> {
                    throw unavailable(); // the connect timed out: no other failure completes it
                }).thenCompose(opened -> evalAsync(opened, script, type, keys, args));
        return result.whenComplete((value, failure) -> inFlight.decrementAndGet());
    }

    private <T> CompletionStage<T> evalAsync(StatefulRedisConnection<String, String> used, LuaScript script,
                                             ScriptOutputType type, String[] keys, String[] args) {
        RedisAsyncCommands<String, String> redis = used.async();
        return redis.<T>evalsha(script.sha1(), type, keys, args)
                .exceptionallyCompose(e -> cause(e) instanceof RedisNoScriptException
                        ? redis.<T>eval(script.text(), type, keys, args) : CompletableFuture.failedStage(e))
                .handle((value, e) -> {
                    if (e == null) {
                        return value;
                    }
                    throw cause(e) instanceof RedisException redisFailure ? failure(used, redisFailure)
                            : new CompletionException(cause(e));
                });
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** Error 2; the connection is dropped unless the failure was the command's alone (a timeout, an error reply). */
    private ApiException failure(StatefulRedisConnection<String, String> used, RedisException e) {
        if (!(e instanceof RedisCommandTimeoutException || e instanceof RedisCommandExecutionException)) {
            drop(used);
        }
        return unavailable();
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> open = connection;
        if (open != null && open.isOpen()) {
            return open;
        }
        try {
            return connectAsync().join();
        } catch (CompletionException e) {
            throw cause(e) instanceof ApiException api ? api : unavailable();
        }
    }

    /**
     * The open connection, or the one being opened: callers that come while a connect is under way wait for
     * that one. A refused connection costs nothing: the very next call tries again, so the first call after
     * Redis is back works. An attempt that hung (host unreachable) is not repeated for a while, or every
     * waiting caller would hang in turn.
     */
    private synchronized CompletableFuture<StatefulRedisConnection<String, String>> connectAsync() {
        if (connection != null && connection.isOpen()) {
            return CompletableFuture.completedFuture(connection);
        }
        if (connecting != null) {
            return connecting;
        }
        if (System.nanoTime() - nextConnectNanos < 0) {
            return CompletableFuture.failedFuture(unavailable());
        }
        if (connection != null) {
            connection.closeAsync(); // already broken: release what Lettuce still holds for it
            connection = null;
        }
        CompletableFuture<StatefulRedisConnection<String, String>> attempt = new CompletableFuture<>();
        connecting = attempt;
        attempt.orTimeout(connectBound.toMillis(), TimeUnit.MILLISECONDS); // a late connection is still kept
        long start = System.nanoTime();
        client.connectAsync(Utf8Codec.INSTANCE, uri).whenComplete((opened, e) -> connected(attempt, start, opened, e));
        return attempt;
    }

    private void connected(CompletableFuture<StatefulRedisConnection<String, String>> attempt, long start,
                           StatefulRedisConnection<String, String> opened, Throwable e) {
        synchronized (this) {
            connecting = null;
            if (e == null) {
                connection = opened;
            } else if (System.nanoTime() - start >= retryPauseNanos / 2) {
                nextConnectNanos = System.nanoTime() + retryPauseNanos;
            }
        }
        if (e == null) {
            attempt.complete(opened);
        } else {
            attempt.completeExceptionally(unavailable());
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
        resources.shutdown(); // given to the client, so not shut down with it
    }
}
