package org.restauth.store.redis;

import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;

/**
 * Failure counts in Redis, shared by every node: a failure is one Lua script (read, count, lock and set the
 * TTL in one atomic step), the lock check one HGET, a success one DEL. A record expires a window after its
 * last failure or lock, so Redis holds only keys that failed recently.
 */
public final class RedisFailureCounter implements FailureCounter {
    private final RedisGateway redis;
    private final String name;
    private final String[] limitArgs;

    RedisFailureCounter(RedisGateway redis, String name, FailureLimit limit) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(limit, "limit");
        this.limitArgs = new String[] {Integer.toString(limit.maxFailures()), Long.toString(limit.window().toMillis()),
                Long.toString(limit.lockout().toMillis()), Long.toString(limit.maxLockout().toMillis())};
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        String until = redis.call(r -> r.hget(KeyLayout.failures(name, key), "lu"));
        return lockEnd(until == null ? 0 : Long.parseLong(until), now);
    }

    @Override
    public Optional<Instant> recordFailure(String key, Instant now) {
        String[] args = new String[limitArgs.length + 1];
        args[0] = Long.toString(now.toEpochMilli());
        System.arraycopy(limitArgs, 0, args, 1, limitArgs.length);
        Long until = redis.script(LuaScript.FAILURE_RECORD, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.failures(name, key)}, args);
        return lockEnd(until, now);
    }

    @Override
    public void clear(String key) {
        redis.call(r -> r.del(KeyLayout.failures(name, key)));
    }

    private static Optional<Instant> lockEnd(long untilMillis, Instant now) {
        return untilMillis > now.toEpochMilli() ? Optional.of(Instant.ofEpochMilli(untilMillis)) : Optional.empty();
    }
}
