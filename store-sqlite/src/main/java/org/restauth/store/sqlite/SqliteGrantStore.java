package org.restauth.store.sqlite;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.restauth.core.grant.Grant;
import org.restauth.core.grant.GrantStores;
import org.restauth.core.grant.GrantStore;

/**
 * Grants in the SQLite file: one row per authorized application, one per permission with its own time. Each change
 * is one transaction. A person or an application removed from the file takes its grants with it (V2's triggers).
 */
public final class SqliteGrantStore implements GrantStore {
    private final Database database;

    SqliteGrantStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Grant authorize(long uid, String apiKey, Instant now) {
        return grant(uid, apiKey, Set.of(), now);
    }

    @Override
    public Grant grant(long uid, String apiKey, Set<String> permissions, Instant now) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (uid <= 0 || uid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("uid must be positive and below 2^31"); // not a failed write (2)
        }
        permissions.forEach(GrantStores::requireKnown); // before the transaction: an unknown name stores nothing
        return database.write(connection -> {
            GrantRows.authorize(connection, uid, apiKey, now.toEpochMilli());
            for (String name : permissions) {
                GrantRows.permit(connection, uid, apiKey, name, now.toEpochMilli());
            }
            return GrantRows.one(connection, uid, apiKey).orElseThrow();
        });
    }

    @Override
    public boolean revokePermission(long uid, String apiKey, String permission) {
        return apiKey != null && permission != null && delete("DELETE FROM granted_permission"
                + " WHERE uid = ? AND api_key = ? AND name = ?", uid, apiKey, permission);
    }

    /** The permissions go with it: by the foreign key's cascade, and by a trigger for a shell without one. */
    @Override
    public boolean revokeAll(long uid, String apiKey) {
        return apiKey != null && delete("DELETE FROM authorized_app WHERE uid = ? AND api_key = ?", uid, apiKey);
    }

    @Override
    public Optional<Grant> find(long uid, String apiKey) {
        if (apiKey == null) {
            return Optional.empty();
        }
        return database.read(connection -> GrantRows.one(connection, uid, apiKey));
    }

    @Override
    public List<Grant> listByPerson(long uid) {
        return database.read(connection -> GrantRows.ofPerson(connection, uid));
    }

    private boolean delete(String sql, Object... keys) {
        return database.write(connection -> SessionRows.delete(connection, sql, keys) == 1);
    }
}
