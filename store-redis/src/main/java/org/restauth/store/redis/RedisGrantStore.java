package org.restauth.store.redis;

import io.lettuce.core.ScriptOutputType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.restauth.core.grant.ExtendedPermission;
import org.restauth.core.grant.Grant;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.grant.GrantStores;

/**
 * Grants in Redis, shared by every node: one hash per (person, application) and one set of api keys per person.
 * Each change is one script, so a grant and its index never disagree. Grants have no TTL.
 */
public final class RedisGrantStore implements GrantStore {
    private static final String SINCE = "since";
    private static final String PERMISSION = "p:";

    private final RedisGateway redis;

    RedisGrantStore(RedisGateway redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
    }

    @Override
    public Grant authorize(long uid, String apiKey, Instant now) {
        return grant(uid, apiKey, Set.of(), now);
    }

    @Override
    public Grant grant(long uid, String apiKey, Set<String> permissions, Instant now) {
        List<String> args = new ArrayList<>(List.of(apiKey, Long.toString(now.toEpochMilli())));
        permissions.stream().map(GrantStores::requireKnown).sorted().forEach(args::add);
        List<String> fields = redis.script(LuaScript.GRANT_WRITE, ScriptOutputType.MULTI,
                new String[] {KeyLayout.grant(uid, apiKey), KeyLayout.personGrants(uid)}, args.toArray(String[]::new));
        Map<String, String> hash = new HashMap<>();
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            hash.put(fields.get(i), fields.get(i + 1));
        }
        return toGrant(uid, apiKey, hash).orElseThrow();
    }

    @Override
    public boolean revokePermission(long uid, String apiKey, String permission) {
        Long removed = redis.script(LuaScript.GRANT_REVOKE, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.grant(uid, apiKey)}, permission);
        return removed == 1;
    }

    @Override
    public boolean revokeAll(long uid, String apiKey) {
        Long removed = redis.script(LuaScript.GRANT_REMOVE, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.grant(uid, apiKey), KeyLayout.personGrants(uid)}, apiKey);
        return removed == 1;
    }

    @Override
    public Optional<Grant> find(long uid, String apiKey) {
        return toGrant(uid, apiKey, redis.call(r -> r.hgetall(KeyLayout.grant(uid, apiKey))));
    }

    @Override
    public List<Grant> listByPerson(long uid) {
        Set<String> apiKeys = redis.call(r -> r.smembers(KeyLayout.personGrants(uid)));
        return apiKeys.stream().map(apiKey -> find(uid, apiKey)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Grant::apiKey)).toList();
    }

    /** Fields written by another version that this one does not know are skipped, never trusted. */
    private static Optional<Grant> toGrant(long uid, String apiKey, Map<String, String> hash) {
        String since = hash.get(SINCE);
        if (since == null) {
            return Optional.empty();
        }
        Map<String, Instant> permissions = new HashMap<>();
        hash.forEach((field, millis) -> {
            String name = field.startsWith(PERMISSION) ? field.substring(PERMISSION.length()) : null;
            if (name != null && ExtendedPermission.isKnown(name)) {
                permissions.put(name, Instant.ofEpochMilli(Long.parseLong(millis)));
            }
        });
        return Optional.of(new Grant(uid, apiKey, Instant.ofEpochMilli(Long.parseLong(since)), permissions));
    }
}
