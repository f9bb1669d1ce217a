package org.restauth.core.grant;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Grants in memory, for tests and library users: nothing survives the process. Thread-safe. */
public final class InMemoryGrantStore implements GrantStore {
    private final Map<Key, Grant> grants = new HashMap<>();

    private record Key(long uid, String apiKey) {
    }

    @Override
    public synchronized Grant authorize(long uid, String apiKey, Instant now) {
        return grants.computeIfAbsent(new Key(uid, apiKey), k -> new Grant(uid, apiKey, now, Map.of()));
    }

    @Override
    public synchronized Grant grant(long uid, String apiKey, Set<String> permissions, Instant now) {
        permissions.forEach(GrantStores::requireKnown);
        Grant old = authorize(uid, apiKey, now);
        Map<String, Instant> merged = new HashMap<>(old.permissions());
        permissions.forEach(name -> merged.putIfAbsent(name, now));
        Grant updated = new Grant(uid, apiKey, old.authorizedSince(), merged);
        grants.put(new Key(uid, apiKey), updated);
        return updated;
    }

    @Override
    public synchronized boolean revokePermission(long uid, String apiKey, String permission) {
        Grant old = grants.get(new Key(uid, apiKey));
        if (old == null || !old.permissions().containsKey(permission)) {
            return false;
        }
        Map<String, Instant> rest = new HashMap<>(old.permissions());
        rest.remove(permission);
        grants.put(new Key(uid, apiKey), new Grant(uid, apiKey, old.authorizedSince(), rest));
        return true;
    }

    @Override
    public synchronized boolean revokeAll(long uid, String apiKey) {
        return grants.remove(new Key(uid, apiKey)) != null;
    }

    @Override
    public synchronized Optional<Grant> find(long uid, String apiKey) {
        return Optional.ofNullable(grants.get(new Key(uid, apiKey)));
    }

    @Override
    public synchronized List<Grant> listByPerson(long uid) {
        return grants.values().stream().filter(g -> g.uid() == uid)
                .sorted(Comparator.comparing(Grant::apiKey)).toList();
    }
}
