package org.restauth.store.redis;

import static org.restauth.store.redis.KeyLayout.ALL_TOKENS;
import static org.restauth.store.redis.KeyLayout.APP_TOKENS_PREFIX;
import static org.restauth.store.redis.KeyLayout.TOKEN_PREFIX;

import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.restauth.core.limit.Admission;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenState;
import org.restauth.core.token.TokenStore;

/**
 * Tokens in Redis, shared by every node. Each change is one Lua script; each token key expires when the
 * token does, and liveness is still decided by {@code now}, as the port defines it. The caps and
 * {@link #liveCount} count a token until the end of the second it expires in (token-count.lua): up to 1 s
 * after its expiry, never before, so a cap may refuse a little early and is never exceeded. auth.createToken is one
 * asynchronous script, its rate-limit buckets included ({@link #createAdmitted}).
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

    @Override
    public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
        String digest = KeyLayout.digest(token);
        List<RedisRateLimiter> none = List.of();
        Long created = redis.script(LuaScript.TOKEN_CREATE, ScriptOutputType.INTEGER,
                createKeys(digest, apiKey, none, List.of()), createArgs(apiKey, expiresAt, now, none));
        return createResult(created);
    }

    /**
     * One script draws from the buckets of the admissions' limiters and creates the token, without blocking the
     * caller: the stage completes on Lettuce's thread. Only with limiters of this store's Redis; with any other,
     * the port's default (each limiter, then {@link #create}, on the calling thread).
     */
    @Override
    public CompletionStage<CreateResult> createAdmitted(String token, String apiKey, Instant expiresAt, Instant now,
                                                        List<Admission> admissions) {
        List<RedisRateLimiter> limiters = new ArrayList<>(admissions.size());
        for (Admission admission : admissions) {
            if (!(admission.limiter() instanceof RedisRateLimiter limiter && limiter.keepsBucketsIn(redis))) {
                return TokenStore.super.createAdmitted(token, apiKey, expiresAt, now, admissions);
            }
            limiters.add(limiter);
        }
        String digest = KeyLayout.digest(token);
        return redis.<Long>scriptAsync(LuaScript.TOKEN_CREATE, ScriptOutputType.INTEGER,
                createKeys(digest, apiKey, limiters, admissions), createArgs(apiKey, expiresAt, now, limiters))
                .thenApply(RedisTokenStore::createResult);
    }

    /** token-create.lua's keys: the token, the two indexes, then one bucket per limiter. */
    private static String[] createKeys(String digest, String apiKey, List<RedisRateLimiter> limiters,
                                       List<Admission> admissions) {
        String[] keys = new String[3 + limiters.size()];
        keys[0] = TOKEN_PREFIX + digest;
        keys[1] = ALL_TOKENS;
        keys[2] = KeyLayout.appTokens(apiKey);
        for (int i = 0; i < limiters.size(); i++) {
            keys[3 + i] = limiters.get(i).bucket(admissions.get(i).key());
        }
        return keys;
    }

    private String[] createArgs(String apiKey, Instant expiresAt, Instant now, List<RedisRateLimiter> limiters) {
        String[] args = new String[5 + 3 * limiters.size()];
        args[0] = apiKey;
        args[1] = Long.toString(expiresAt.toEpochMilli());
        args[2] = Long.toString(now.toEpochMilli());
        args[3] = maxLive;
        args[4] = maxLivePerApplication;
        for (int i = 0; i < limiters.size(); i++) {
            System.arraycopy(limiters.get(i).drawArgs(), 0, args, 5 + 3 * i, 3);
        }
        return args;
    }

    private static CreateResult createResult(long answer) {
        return answer == 1 ? CreateResult.CREATED : answer == 0 ? CreateResult.LIMIT_REACHED : CreateResult.RATE_LIMITED;
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

    /** token-value.lua's "STATE:uid:exp ms:app" as the scripts return it: app, state, uid, exp. */
    private static List<Object> fields(String value) {
        String[] parts = value.split(":", 4);
        return List.of(parts[3], parts[0], parts[1], parts[2]);
    }

    /** Counts a token until the end of the second it expires in (token-count.lua). */
    @Override
    public long liveCount(Instant now) {
        Long live = redis.script(LuaScript.TOKEN_LIVE, ScriptOutputType.INTEGER, new String[] {ALL_TOKENS},
                Long.toString(now.toEpochMilli()));
        return live;
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
