package org.restauth.store.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.restauth.core.error.StoreUnavailableException;

/**
 * One connection to Redis, opened on first use and reopened on the first call after it broke. No command
 * waits for a reconnect, and after a connect attempt that hung the next ones fail at once for a while.
 */
final class RedisLane implements AutoCloseable {
    private final RedisClient client;
    private final RedisURI uri;
    private final long retryPauseNanos;
    private final Duration connectBound;
    // read without the lock on every call; the lock only orders reconnects
    private volatile StatefulRedisConnection<String, String> connection; // written under this
    private CompletableFuture<StatefulRedisConnection<String, String>> connecting; // guarded by this
    private long nextConnectNanos = System.nanoTime(); // guarded by this

    RedisLane(ClientResources resources, RedisURI uri, Duration timeout) {
        this.uri = uri;
        this.client = RedisClient.create(resources, uri);
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
    }

    /** The open connection, or null if there is none. */
    StatefulRedisConnection<String, String> open() {
        StatefulRedisConnection<String, String> open = connection;
        return open != null && open.isOpen() ? open : null;
    }

    /**
     * The open connection, or the one being opened: callers that come while a connect is under way wait for
     * that one. A refused connection costs nothing: the very next call tries again, so the first call after
     * Redis is back works. An attempt that hung (host unreachable) is not repeated for a while, or every
     * waiting caller would hang in turn. Fails with StoreUnavailableException.
     */
    synchronized CompletableFuture<StatefulRedisConnection<String, String>> connect() {
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
    synchronized void drop(StatefulRedisConnection<String, String> broken) {
        broken.closeAsync();
        if (connection == broken) {
            connection = null;
        }
    }

    private static StoreUnavailableException unavailable() {
        return new StoreUnavailableException();
    }

    /** Not under the lock: shutting the client down waits for a pending connect, whose completion takes it. */
    @Override
    public void close() {
        StatefulRedisConnection<String, String> open;
        synchronized (this) {
            open = connection;
            connection = null;
        }
        if (open != null) {
            open.close();
        }
        client.shutdown();
    }
}
