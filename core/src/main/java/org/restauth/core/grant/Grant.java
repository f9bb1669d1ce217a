package org.restauth.core.grant;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one person allowed one application: authorized since an instant, and the extended permissions granted,
 * each with the instant it was granted.
 *
 * @param permissions known names only ({@link ExtendedPermission}), sorted by name
 */
public record Grant(long uid, String apiKey, Instant authorizedSince, Map<String, Instant> permissions) {
    public Grant {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(authorizedSince, "authorizedSince");
        if (uid <= 0 || uid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("uid must be positive and below 2^31");
        }
        if (apiKey.isEmpty()) {
            throw new IllegalArgumentException("apiKey must not be empty");
        }
        TreeMap<String, Instant> copy = new TreeMap<>();
        permissions.forEach((name, at) -> {
            if (!ExtendedPermission.isKnown(name)) {
                throw new IllegalArgumentException("not an extended permission: length " + name.length());
            }
            copy.put(name, Objects.requireNonNull(at, "permission time"));
        });
        permissions = Collections.unmodifiableMap(copy);
    }

    /** Whether the grant answers yes for {@code name}: held itself, or implied ({@code publish_stream}). */
    public boolean holds(String name) {
        return name != null && permissions.keySet().stream().anyMatch(held -> ExtendedPermission.covers(held, name));
    }
}
