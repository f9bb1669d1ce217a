package org.restauth.store.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The Redis connections of one node. Every failure of Redis (down, too slow, loading, read-only) becomes
 * error 2 within about the timeout. Calls are synchronous (they block their thread for a round trip, on a
 * connection with Lettuce's own event loop) or asynchronous ({@link #scriptAsync}: never blocking the caller,
 * at most {@code maxInFlight} at once). Given the HTTP server's event loops, an asynchronous call made on one
 * of them goes out on a connection of that same loop and completes there: no thread handoff at all.
 */
final class RedisGateway implements AutoCloseable {
    private final ClientResources resources;
    private final RedisLane blocking;
    private final List<RedisLane> loopLanes = new ArrayList<>();
    private final List<ClientResources> loopResources = new ArrayList<>();
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();

    /** @param sharedLoops the HTTP server's event loops, or null */
    RedisGateway(String uri, Duration timeout, int maxInFlight, EventLoopGroup sharedLoops) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(timeout);
        this.resources = ClientResources.builder().nettyCustomizer(new FlushBatching()).build();
        this.blocking = new RedisLane(resources, redisUri, timeout, null);
        if (sharedLoops != null) {
            for (EventExecutor executor : sharedLoops) {
                EventLoop loop = (EventLoop) executor;
                ClientResources pinned = resources.mutate().eventLoopGroupProvider(new LoopPinning(loop)).build();
                loopResources.add(pinned);
                loopLanes.add(new RedisLane(pinned, redisUri, timeout, loop));
            }
        }
        this.maxInFlight = maxInFlight;
    }

    /** Runs commands; any Redis failure becomes {@code ApiException(SERVICE_UNAVAILABLE)}. */
    <T> T call(Function<RedisCommands<String, String>, T> commands) {
        StatefulRedisConnection<String, String> used = blocking.open();
        if (used == null) {
            try {
                used = blocking.connect().join();
            } catch (CompletionException e) {
                throw RedisLane.unavailable(); // refused, or the connect timed out
            }
        }
        try {
            return commands.apply(used.sync());
        } catch (RedisException e) {
            throw failure(blocking, used, e);
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
            return CompletableFuture.failedFuture(RedisLane.unavailable());
        }
        RedisLane lane = laneOfThisThread();
        StatefulRedisConnection<String, String> open = lane.open();
        CompletionStage<T> result = open != null
                ? evalAsync(lane, open, script, type, keys, args)
                : lane.connect().thenCompose(opened -> evalAsync(lane, opened, script, type, keys, args));
        return result.whenComplete((value, failure) -> inFlight.decrementAndGet());
    }

    private RedisLane laneOfThisThread() {
        for (RedisLane lane : loopLanes) {
            if (lane.runsOnThisThread()) {
                return lane;
            }
        }
        return blocking;
    }

    private <T> CompletionStage<T> evalAsync(RedisLane lane, StatefulRedisConnection<String, String> used,
                                             LuaScript script, ScriptOutputType type, String[] keys, String[] args) {
        RedisAsyncCommands<String, String> redis = used.async();
        return redis.<T>evalsha(script.sha1(), type, keys, args)
                .exceptionallyCompose(e -> cause(e) instanceof RedisNoScriptException
                        ? redis.<T>eval(script.text(), type, keys, args) : CompletableFuture.failedStage(e))
                .handle((value, e) -> {
                    if (e == null) {
                        return value;
                    }
                    // only Lettuce and Netty fail this stage: a RedisException, or a closed channel's own exception
                    throw failure(lane, used, cause(e));
                });
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    /** Error 2; the connection is dropped unless the failure was the command's alone (a timeout, an error reply). */
    private static RuntimeException failure(RedisLane lane, StatefulRedisConnection<String, String> used,
                                            Throwable e) {
        if (!(e instanceof RedisCommandTimeoutException || e instanceof RedisCommandExecutionException)) {
            lane.drop(used);
        }
        return RedisLane.unavailable();
    }

    @Override
    public void close() {
        blocking.close();
        loopLanes.forEach(RedisLane::close);
        loopResources.forEach(ClientResources::shutdown); // the shared loops themselves stay up
        resources.shutdown(); // given to the clients, so not shut down with them
    }
}
