package org.restauth.store.redis;

import static org.restauth.store.redis.KeyLayout.ALL_TOKENS;
import static org.restauth.store.redis.KeyLayout.APP_TOKENS_PREFIX;
import static org.restauth.store.redis.KeyLayout.TOKEN_PREFIX;

import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenState;
import org.restauth.core.token.TokenStore;

/**
 * Tokens in Redis, shared by every node. Each change is one Lua script; each token key expires when the
 * token does, and liveness is still decided by {@code now}, as the port defines it.
 */
public final class RedisTokenStore implements TokenStore {
    private final RedisGateway redis;
    private final TokenPolicy policy;

    RedisTokenStore(RedisGateway redis, TokenPolicy policy) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
        String digest = KeyLayout.digest(token);
        Long created = redis.script(LuaScript.TOKEN_CREATE, ScriptOutputType.INTEGER,
                new String[] {TOKEN_PREFIX + digest, ALL_TOKENS, KeyLayout.appTokens(apiKey)},
                digest, apiKey, Long.toString(expiresAt.toEpochMilli()), Long.toString(now.toEpochMilli()),
                Integer.toString(policy.maxLive()), Integer.toString(policy.maxLivePerApplication()));
        return created == 1 ? CreateResult.CREATED : CreateResult.LIMIT_REACHED;
    }

    @Override
    public ApproveResult approve(String token, String apiKey, long uid, Instant now) {
        String result = redis.script(LuaScript.TOKEN_APPROVE, ScriptOutputType.VALUE,
                new String[] {TOKEN_PREFIX + KeyLayout.digest(token)},
                apiKey, Long.toString(uid), Long.toString(now.toEpochMilli()));
        return ApproveResult.valueOf(result);
    }

    @Override
    public Optional<StoredToken> consume(String token, Instant now) {
        String digest = KeyLayout.digest(token);
        List<Object> fields = redis.script(LuaScript.TOKEN_CONSUME, ScriptOutputType.MULTI,
                new String[] {TOKEN_PREFIX + digest, ALL_TOKENS}, digest, APP_TOKENS_PREFIX);
        return live(fields, now);
    }

    @Override
    public Optional<StoredToken> peek(String token, Instant now) {
        String key = TOKEN_PREFIX + KeyLayout.digest(token);
        List<Object> fields = redis.call(r -> r.hmget(key, "app", "state", "uid", "exp").stream()
                .map(value -> (Object) value.getValueOrElse(null))
                .toList());
        return live(fields, now);
    }

    @Override
    public long liveCount(Instant now) {
        return redis.call(r -> r.zcount(ALL_TOKENS, LiveRange.after(now)));
    }

    /** Fields app, state, uid, expires-at ms, as the scripts return them. */
    private static Optional<StoredToken> live(List<Object> fields, Instant now) {
        if (fields.isEmpty() || fields.get(0) == null) {
            return Optional.empty();
        }
        StoredToken token = new StoredToken((String) fields.get(0), TokenState.valueOf((String) fields.get(1)),
                Long.parseLong((String) fields.get(2)), Long.parseLong((String) fields.get(3)));
        return token.isLiveAt(now) ? Optional.of(token) : Optional.empty();
    }
}
