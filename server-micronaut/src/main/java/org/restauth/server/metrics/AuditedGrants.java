package org.restauth.server.metrics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restauth.core.grant.Grant;
import org.restauth.core.grant.GrantStore;

/**
 * The grant store with an audit line per change, wherever the change comes from: login.php authorizing an
 * application, the permission prompt's Allow, the settings page, auth.revokeAuthorization and
 * auth.revokeExtendedPermission. Reads pass straight through.
 */
public final class AuditedGrants implements GrantStore {
    private final GrantStore grants;
    private final Audit audit;

    public AuditedGrants(GrantStore grants, Audit audit) {
        this.grants = grants;
        this.audit = audit;
    }

    @Override
    public Grant authorize(long uid, String apiKey, Instant now) {
        Grant grant = grants.authorize(uid, apiKey, now);
        if (at(grant.authorizedSince(), now)) {
            audit.grantChanged("authorized", apiKey, uid, List.of());
        }
        return grant;
    }

    @Override
    public Grant grant(long uid, String apiKey, Set<String> permissions, Instant now) {
        Grant grant = grants.grant(uid, apiKey, permissions, now);
        if (at(grant.authorizedSince(), now)) {
            audit.grantChanged("authorized", apiKey, uid, List.of());
        }
        List<String> added = grant.permissions().entrySet().stream()
                .filter(held -> at(held.getValue(), now)).map(held -> held.getKey()).toList();
        if (!added.isEmpty()) {
            audit.grantChanged("permissions_granted", apiKey, uid, added);
        }
        return grant;
    }

    @Override
    public boolean revokePermission(long uid, String apiKey, String permission) {
        boolean revoked = grants.revokePermission(uid, apiKey, permission);
        if (revoked) {
            audit.grantChanged("permission_revoked", apiKey, uid, List.of(permission));
        }
        return revoked;
    }

    @Override
    public boolean revokeAll(long uid, String apiKey) {
        boolean removed = grants.revokeAll(uid, apiKey);
        if (removed) {
            audit.grantChanged("removed", apiKey, uid, List.of());
        }
        return removed;
    }

    @Override
    public Optional<Grant> find(long uid, String apiKey) {
        return grants.find(uid, apiKey);
    }

    @Override
    public List<Grant> listByPerson(long uid) {
        return grants.listByPerson(uid);
    }

    /**
     * Whether a stored instant is this call's {@code now}: an existing grant or permission keeps its older time
     * (GrantStore's rule), so no extra read is needed. Milliseconds, as the Redis store keeps them.
     */
    private static boolean at(Instant stored, Instant now) {
        return stored.truncatedTo(ChronoUnit.MILLIS).equals(now.truncatedTo(ChronoUnit.MILLIS));
    }
}
