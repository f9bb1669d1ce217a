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
 * token does, and liveness is still decided by {@code now}, as the port defines it. The caps and
 * {@link #liveCount} count a token until the end of the second it expires in (token-count.lua): up to 1 s
 * after its expiry, never before, so a cap may refuse a little early and is never exceeded.
 */
public final class RedisTokenStore implements TokenStore {
    private final RedisGateway redis;
    private final String maxLive;
    private final String maxLivePerApplication;

    RedisTokenStore(RedisGateway redis, TokenPolicy policy) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.maxLive = Integer.toString(policy.maxLive());
        this.maxLivePerApplication = Integer.toString(policy.maxLivePerApplication());
    }

    /** One script: the caps, then the token (token-create.lua). */
    @Override
    public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
        String[] keys = {TOKEN_PREFIX + KeyLayout.digest(token), ALL_TOKENS, KeyLayout.appTokens(apiKey)};
        Long created = redis.script(LuaScript.TOKEN_CREATE, ScriptOutputType.INTEGER, keys, apiKey,
                Long.toString(expiresAt.toEpochMilli()), Long.toString(now.toEpochMilli()), maxLive,
                maxLivePerApplication);
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
                new String[] {TOKEN_PREFIX + digest, ALL_TOKENS}, APP_TOKENS_PREFIX);
        return live(fields, now);
    }

    @Override
    public Optional<StoredToken> peek(String token, Instant now) {
        String key = TOKEN_PREFIX + KeyLayout.digest(token);
        String value = redis.call(r -> r.get(key));
        return value == null ? Optional.empty() : live(fields(value), now);
    }

    /** token-value.lua's "STATE:uid:exp ms:approved ms:app" as the scripts return it: app, state, uid, exp, approved. */
    private static List<Object> fields(String value) {
        String[] parts = value.split(":", 5);
        return List.of(parts[4], parts[0], parts[1], parts[2], parts[3]);
    }

    /** Counts a token until the end of the second it expires in (token-count.lua). */
    @Override
    public long liveCount(Instant now) {
        Long live = redis.script(LuaScript.TOKEN_LIVE, ScriptOutputType.INTEGER, new String[] {ALL_TOKENS},
                Long.toString(now.toEpochMilli()));
        return live;
    }

    /** Fields app, state, uid, expires-at ms, approved ms, as the scripts return them. */
    private static Optional<StoredToken> live(List<Object> fields, Instant now) {
        if (fields.isEmpty() || fields.get(0) == null) {
            return Optional.empty();
        }
        StoredToken token = new StoredToken((String) fields.get(0), TokenState.valueOf((String) fields.get(1)),
                Long.parseLong((String) fields.get(2)), Long.parseLong((String) fields.get(3)),
                Long.parseLong((String) fields.get(4)));
        return token.isLiveAt(now) ? Optional.of(token) : Optional.empty();
    }
}
