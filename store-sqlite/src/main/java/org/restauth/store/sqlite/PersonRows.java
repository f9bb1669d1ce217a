package org.restauth.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.Profile;

/** Between a {@link Person} and a row of the person table. */
final class PersonRows {
    private PersonRows() {
    }

    static boolean exists(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    static void insert(Connection connection, Person person) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person (uid, email, password_hash,"
                + " name, first_name, last_name, locale, picture_url, disabled, credentials_changed_ms, created_ms,"
                + " updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, person.uid());
            insert.setString(2, person.email());
            bindChangeable(insert, 3, person);
            insert.setLong(11, person.created().toEpochMilli());
            insert.setLong(12, person.updated().toEpochMilli());
            insert.executeUpdate();
        }
    }

    /** The email and the created time are kept: the port's update changes neither. */
    static int update(Connection connection, Person person) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE person SET password_hash = ?, name = ?,"
                + " first_name = ?, last_name = ?, locale = ?, picture_url = ?, disabled = ?,"
                + " credentials_changed_ms = ?, updated_ms = ? WHERE uid = ?")) {
            bindChangeable(update, 1, person);
            update.setLong(9, person.updated().toEpochMilli());
            update.setLong(10, person.uid());
            return update.executeUpdate();
        }
    }

    private static void bindChangeable(PreparedStatement statement, int first, Person person) throws SQLException {
        Profile profile = person.profile();
        statement.setString(first, person.passwordHash().encoded());
        statement.setString(first + 1, profile.name());
        statement.setString(first + 2, profile.firstName());
        statement.setString(first + 3, profile.lastName());
        statement.setString(first + 4, profile.locale());
        statement.setString(first + 5, profile.pictureUrl());
        statement.setInt(first + 6, person.disabled() ? 1 : 0);
        statement.setLong(first + 7, person.credentialsChanged().toEpochMilli());
    }

    static Optional<Person> one(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(person(rows)) : Optional.empty();
            }
        }
    }

    static List<Person> all(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            List<Person> people = new ArrayList<>();
            while (rows.next()) {
                people.add(person(rows));
            }
            return people;
        }
    }

    private static Person person(ResultSet row) throws SQLException {
        Profile profile = new Profile(row.getString("name"), row.getString("first_name"), row.getString("last_name"),
                row.getString("locale"), row.getString("picture_url"));
        return new Person(row.getLong("uid"), row.getString("email"), PasswordHash.parse(row.getString("password_hash")),
                profile, row.getInt("disabled") == 1, Instant.ofEpochMilli(row.getLong("created_ms")),
                Instant.ofEpochMilli(row.getLong("updated_ms")), Instant.ofEpochMilli(row.getLong("credentials_changed_ms")));
    }
}
