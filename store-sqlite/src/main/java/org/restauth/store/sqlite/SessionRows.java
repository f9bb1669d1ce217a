package org.restauth.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.StoredSession;

/** The statements of the session store that take more than one line. */
final class SessionRows {
    private SessionRows() {
    }

    /** Rows past their grace go before a cap is checked, as the in-memory store sweeps before it counts. */
    static void dropReclaimable(Connection connection, long nowMillis) throws SQLException {
        delete(connection, "DELETE FROM session WHERE reclaim_ms <= ?", nowMillis);
    }

    static boolean roomFor(Connection connection, String apiKey, SessionPolicy policy) throws SQLException {
        if (held(connection) >= policy.maxLive()) {
            return false;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT held FROM session_tally WHERE api_key = ?")) {
            query.setString(1, apiKey);
            try (ResultSet row = query.executeQuery()) {
                return !row.next() || row.getLong(1) < policy.maxLivePerApplication();
            }
        }
    }

    /** False if a session with this digest is held already (a session key is never reused). */
    static boolean insert(Connection connection, String digest, StoredSession session, long reclaimAtMillis)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO session"
                + " (digest, api_key, uid, expires, secret, reclaim_ms) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (digest) DO NOTHING")) {
            insert.setString(1, digest);
            insert.setString(2, session.apiKey());
            insert.setLong(3, session.uid());
            insert.setLong(4, session.expires());
            insert.setString(5, session.secret().map(Secret::reveal).orElse(null));
            insert.setLong(6, reclaimAtMillis);
            return insert.executeUpdate() == 1;
        }
    }

    static int delete(Connection connection, String sql, Object... keys) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                delete.setObject(i + 1, keys[i]);
            }
            return delete.executeUpdate();
        }
    }

    static long held(Connection connection) throws SQLException {
        return single(connection, "SELECT coalesce(sum(held), 0) FROM session_tally", null);
    }

    static long reclaimable(Connection connection, long nowMillis) throws SQLException {
        return single(connection, "SELECT count(*) FROM session WHERE reclaim_ms <= ?", nowMillis);
    }

    private static long single(Connection connection, String sql, Long parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setLong(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
