package org.restauth.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.crypto.Digests;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.StoredSession;

/**
 * Sessions in the SQLite file, keyed by the SHA-256 of the session key (the key itself is never written). A row is
 * kept until its {@code expires} plus the policy's grace, so that a late call gets 450 rather than 102; sessions
 * that never expire are kept until ended. The session secret is held in clear: signatures are checked with it and
 * auth.promoteSession hands it out.
 */
public final class SqliteSessionStore implements SessionStore {
    private final Database database;
    private final SessionPolicy policy;

    SqliteSessionStore(Database database, SessionPolicy policy) {
        this.database = Objects.requireNonNull(database, "database");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public boolean create(String sessionKey, StoredSession session, Instant now) {
        long reclaimAt = reclaimAtMillis(session);
        return database.write(connection -> {
            SessionRows.dropReclaimable(connection, now.toEpochMilli());
            if (!SessionRows.roomFor(connection, session.apiKey(), policy)) {
                return false;
            }
            if (reclaimAt <= now.toEpochMilli()) {
                return true; // past its grace already: nobody could ever see it, so it is not kept
            }
            return SessionRows.insert(connection, Digests.sha256Hex(sessionKey), session, reclaimAt);
        });
    }

    @Override
    public SessionLookup find(String sessionKey, Instant now) {
        Optional<Held> held = database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT api_key, uid, expires, secret, reclaim_ms FROM session WHERE digest = ?")) {
                query.setString(1, Digests.sha256Hex(sessionKey));
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new Held(new StoredSession(row.getString(1), row.getLong(2),
                            row.getLong(3), Optional.ofNullable(row.getString(4)).map(Secret::of)), row.getLong(5)))
                            : Optional.empty();
                }
            }
        });
        if (held.isEmpty() || held.get().reclaimAtMillis <= now.toEpochMilli()) {
            return SessionLookup.UNKNOWN;
        }
        StoredSession session = held.get().session;
        return session.isExpiredAt(now) ? new SessionLookup.Expired(session.apiKey()) : new SessionLookup.Live(session);
    }

    @Override
    public boolean remove(String sessionKey) {
        return database.write(connection ->
                SessionRows.delete(connection, "DELETE FROM session WHERE digest = ?", Digests.sha256Hex(sessionKey)) == 1);
    }

    @Override
    public Optional<Secret> secretOrSet(String sessionKey, Secret candidate, Instant now) {
        String digest = Digests.sha256Hex(sessionKey);
        // Once set, a secret never changes: most calls are answered by a reader, without the one write lock.
        Optional<Optional<Secret>> held = database.read(connection -> liveSecret(connection, digest, now));
        if (held.isEmpty() || held.get().isPresent()) {
            return held.flatMap(secret -> secret);
        }
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE session SET secret = ?"
                    + " WHERE digest = ? AND secret IS NULL AND (expires = 0 OR expires > ?)")) {
                update.setString(1, candidate.reveal());
                update.setString(2, digest);
                update.setLong(3, now.getEpochSecond());
                update.executeUpdate();
            }
            return liveSecret(connection, digest, now).flatMap(secret -> secret);
        });
    }

    /** Empty when no live session has this digest; else its secret, empty while none is set. */
    private static Optional<Optional<Secret>> liveSecret(Connection connection, String digest, Instant now)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT secret FROM session"
                + " WHERE digest = ? AND (expires = 0 OR expires > ?) AND reclaim_ms > ?")) {
            query.setString(1, digest);
            query.setLong(2, now.getEpochSecond());
            query.setLong(3, now.toEpochMilli());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(Optional.ofNullable(row.getString(1)).map(Secret::of)) : Optional.empty();
            }
        }
    }

    @Override
    public int removeAll(String apiKey, long uid, Instant now) {
        return database.write(connection -> SessionRows.delete(connection, "DELETE FROM session"
                + " WHERE uid = ? AND api_key = ? AND (expires = 0 OR expires > ?)", uid, apiKey, now.getEpochSecond()));
    }

    @Override
    public int neverExpire(String apiKey, long uid, Instant now) {
        return database.write(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE session SET expires = 0, reclaim_ms = ?"
                    + " WHERE uid = ? AND api_key = ? AND (expires = 0 OR expires > ?)")) {
                update.setLong(1, Long.MAX_VALUE);
                update.setLong(2, uid);
                update.setString(3, apiKey);
                update.setLong(4, now.getEpochSecond());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public int removeAllOf(long uid) {
        return database.write(connection -> SessionRows.delete(connection, "DELETE FROM session WHERE uid = ?", uid));
    }

    @Override
    public long liveCount(Instant now) {
        return database.read(connection -> SessionRows.held(connection) - SessionRows.reclaimable(connection,
                now.toEpochMilli()));
    }

    private long reclaimAtMillis(StoredSession session) {
        return session.neverExpires() ? Long.MAX_VALUE : session.expires() * 1000 + policy.expiredGrace().toMillis();
    }

    private record Held(StoredSession session, long reclaimAtMillis) {
    }
}
