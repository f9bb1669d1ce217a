package org.restauth.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restauth.core.grant.ExtendedPermission;
import org.restauth.core.grant.Grant;

/** Between {@link Grant}s and the rows of authorized_app and granted_permission. */
final class GrantRows {
    /** One row per permission, or one with no permission for an authorization without any; by api key. */
    private static final String SELECT = "SELECT a.api_key, a.since_ms, p.name, p.granted_ms FROM authorized_app a"
            + " LEFT JOIN granted_permission p ON p.uid = a.uid AND p.api_key = a.api_key WHERE a.uid = ?";

    private GrantRows() {
    }

    static void authorize(Connection connection, long uid, String apiKey, long nowMillis) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO authorized_app (uid, api_key,"
                + " since_ms) VALUES (?, ?, ?) ON CONFLICT (uid, api_key) DO NOTHING")) {
            insert.setLong(1, uid);
            insert.setString(2, apiKey);
            insert.setLong(3, nowMillis);
            insert.executeUpdate();
        }
    }

    /** A permission held already keeps its time. */
    static void permit(Connection connection, long uid, String apiKey, String name, long nowMillis)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO granted_permission (uid, api_key,"
                + " name, granted_ms) VALUES (?, ?, ?, ?) ON CONFLICT (uid, api_key, name) DO NOTHING")) {
            insert.setLong(1, uid);
            insert.setString(2, apiKey);
            insert.setString(3, name);
            insert.setLong(4, nowMillis);
            insert.executeUpdate();
        }
    }

    static Optional<Grant> one(Connection connection, long uid, String apiKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " AND a.api_key = ?")) {
            query.setLong(1, uid);
            query.setString(2, apiKey);
            return grants(query, uid).stream().findFirst();
        }
    }

    static List<Grant> ofPerson(Connection connection, long uid) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT + " ORDER BY a.api_key")) {
            query.setLong(1, uid);
            return grants(query, uid);
        }
    }

    /** A name this build does not know (written by a newer one) is skipped, never trusted. */
    private static List<Grant> grants(PreparedStatement query, long uid) throws SQLException {
        List<Grant> grants = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            String apiKey = null;
            Instant since = null;
            Map<String, Instant> permissions = new HashMap<>();
            while (rows.next()) {
                if (!rows.getString(1).equals(apiKey)) {
                    if (apiKey != null) {
                        grants.add(new Grant(uid, apiKey, since, permissions));
                    }
                    apiKey = rows.getString(1);
                    since = Instant.ofEpochMilli(rows.getLong(2));
                    permissions = new HashMap<>();
                }
                String name = rows.getString(3);
                if (name != null && ExtendedPermission.isKnown(name)) {
                    permissions.put(name, Instant.ofEpochMilli(rows.getLong(4)));
                }
            }
            if (apiKey != null) {
                grants.add(new Grant(uid, apiKey, since, permissions));
            }
        }
        return grants;
    }
}
