package org.restauth.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.User;

/** People in the SQLite file. Every read sees the last committed write, the CLI's included. */
public final class SqlitePersonStore implements PersonStore {
    /** Assigned uids start above this, as in the in-memory store, so small hand-picked uids stay free. */
    private static final long FIRST_ASSIGNED = 1001;
    private static final String COLUMNS = "uid, email, password_hash, name, first_name, last_name, locale,"
            + " picture_url, disabled, created_ms, updated_ms, credentials_changed_ms";

    private final Database database;

    SqlitePersonStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public AddResult add(Person person) {
        return database.write(connection -> {
            if (PersonRows.exists(connection, "SELECT 1 FROM person WHERE email = ?", person.email())) {
                return AddResult.EMAIL_TAKEN;
            }
            long uid = person.uid() == 0 ? nextUid(connection) : person.uid();
            if (PersonRows.exists(connection, "SELECT 1 FROM person WHERE uid = ?", uid)) {
                return AddResult.UID_TAKEN;
            }
            PersonRows.insert(connection, person.withUid(uid));
            return AddResult.ADDED;
        });
    }

    /** One above the highest uid held, or the lowest free one above {@link #FIRST_ASSIGNED} once 2^31 is reached. */
    private static long nextUid(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT max(uid) + 1 FROM person WHERE uid >= ?")) {
            query.setLong(1, FIRST_ASSIGNED);
            try (ResultSet rows = query.executeQuery()) {
                long next = rows.next() && rows.getObject(1) != null ? rows.getLong(1) : FIRST_ASSIGNED;
                return next <= Integer.MAX_VALUE ? next : lowestFree(connection);
            }
        }
    }

    private static long lowestFree(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT min(p.uid) + 1 FROM person p"
                + " WHERE p.uid >= ? AND p.uid < 2147483647 AND NOT EXISTS"
                + " (SELECT 1 FROM person q WHERE q.uid = p.uid + 1)")) {
            query.setLong(1, FIRST_ASSIGNED);
            try (ResultSet rows = query.executeQuery()) {
                if (rows.next() && rows.getObject(1) != null) {
                    return rows.getLong(1);
                }
                throw new IllegalStateException("no uid below 2^31 left");
            }
        }
    }

    @Override
    public Optional<Person> byUid(long uid) {
        return database.read(connection -> PersonRows.one(connection,
                "SELECT " + COLUMNS + " FROM person WHERE uid = ?", uid));
    }

    @Override
    public Optional<Person> byEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return database.read(connection -> PersonRows.one(connection,
                "SELECT " + COLUMNS + " FROM person WHERE email = ?", User.normalizeEmail(email)));
    }

    @Override
    public boolean update(Person person) {
        return database.write(connection -> PersonRows.update(connection, person) == 1);
    }

    @Override
    public boolean remove(long uid) {
        return database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM person WHERE uid = ?")) {
                delete.setLong(1, uid);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<Person> list() {
        return database.read(connection -> PersonRows.all(connection,
                "SELECT " + COLUMNS + " FROM person ORDER BY uid"));
    }
}
