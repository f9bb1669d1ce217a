package org.restauth.store.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.restauth.core.error.StoreUnavailableException;

/**
 * The Redis connection of one node, shared by every thread that calls a store: each call blocks its thread for
 * one round trip, and Lettuce writes the calls of all threads down the one connection. Every failure of Redis
 * (down, too slow, loading, read-only) becomes {@link StoreUnavailableException} within about the timeout.
 */
final class RedisGateway implements AutoCloseable {
    private final ClientResources resources;
    private final RedisLane lane;

    RedisGateway(String uri, Duration timeout) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(timeout);
        this.resources = ClientResources.builder().nettyCustomizer(new FlushBatching()).build();
        this.lane = new RedisLane(resources, redisUri, timeout);
    }

    /** Runs commands; any Redis failure becomes {@link StoreUnavailableException}. */
    <T> T call(Function<RedisCommands<String, String>, T> commands) {
        StatefulRedisConnection<String, String> used = lane.open();
        if (used == null) {
            try {
                used = lane.connect().join();
            } catch (CompletionException e) {
                throw new StoreUnavailableException(); // refused, or the connect timed out
            }
        }
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

    /** Error 2; the connection is dropped unless the failure was the command's alone (a timeout, an error reply). */
    private StoreUnavailableException failure(StatefulRedisConnection<String, String> used, RedisException e) {
        if (!(e instanceof RedisCommandTimeoutException || e instanceof RedisCommandExecutionException)) {
            lane.drop(used);
        }
        return new StoreUnavailableException();
    }

    @Override
    public void close() {
        lane.close();
        resources.shutdown(); // given to the client, so not shut down with it
    }
}
