package org.restauth.store.sqlite;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.app.AppType;
import org.restauth.core.app.Application;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.crypto.Secret;

/** Applications added at run time, in the SQLite file; the secret is held as given, for checking signatures. */
public final class SqliteApplicationStore implements ApplicationStore {
    private static final String COLUMNS = "api_key, secret, type, callback_url, display_name";

    private final Database database;
    private final Clock clock;

    SqliteApplicationStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AddResult add(Application application) {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO application (" + COLUMNS
                    + ", created_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (api_key) DO NOTHING")) {
                insert.setString(1, application.apiKey());
                insert.setString(2, application.secret().reveal());
                insert.setString(3, application.type().name());
                insert.setString(4, application.callbackUrl().map(URI::toString).orElse(null));
                insert.setString(5, application.displayName());
                insert.setLong(6, clock.millis());
                return insert.executeUpdate() == 1 ? AddResult.ADDED : AddResult.API_KEY_TAKEN;
            }
        });
    }

    @Override
    public boolean remove(String apiKey) {
        return apiKey != null && database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM application WHERE api_key = ?")) {
                delete.setString(1, apiKey);
                return delete.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<Application> list() {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM application ORDER BY api_key");
                 ResultSet rows = query.executeQuery()) {
                List<Application> applications = new ArrayList<>();
                while (rows.next()) {
                    applications.add(application(rows));
                }
                return applications;
            }
        });
    }

    @Override
    public Optional<Application> find(String apiKey) {
        if (apiKey == null) {
            return Optional.empty();
        }
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM application WHERE api_key = ?")) {
                query.setString(1, apiKey);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(application(rows)) : Optional.empty();
                }
            }
        });
    }

    private static Application application(ResultSet row) throws SQLException {
        String callback = row.getString("callback_url");
        return new Application(row.getString("api_key"), Secret.of(row.getString("secret")),
                AppType.valueOf(row.getString("type")), Optional.ofNullable(callback).map(URI::create),
                row.getString("display_name"));
    }
}
