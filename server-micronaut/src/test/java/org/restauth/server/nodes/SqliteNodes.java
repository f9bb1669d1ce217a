package org.restauth.server.nodes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.restauth.cli.Main;
import org.restauth.cli.Terminal;

/**
 * A server node on the SQLite store in a test's directory, and the {@code restauth} CLI against the same file
 * through an application.yml, as an operator runs both on one machine: in this JVM ({@link #cli}) or as the
 * packaged jar ({@link #cliJar}, for *IT tests).
 */
final class SqliteNodes {
    private SqliteNodes() {
    }

    /** One application (TestNodes' key and secret), no people: they come from the CLI. */
    static Map<String, String> onSqlite(Path db) {
        Map<String, String> props = new HashMap<>();
        props.put("restauth.store", "sqlite");
        props.put("restauth.sqlite.path", db.toString());
        props.put("restauth.apps.demo.api-key", TestNodes.API_KEY);
        props.put("restauth.apps.demo.secret", TestNodes.SECRET);
        props.put("restauth.login.csrf-key", "nodes-share-this-csrf-key-0123456789abcdef");
        // the tests try wrong passwords on purpose: no lockout in the way
        props.put("restauth.login.email.enabled", "false");
        props.put("restauth.login.address.enabled", "false");
        return props;
    }

    /** As {@link #onSqlite}, on a shared Redis instead: every node gets the same. */
    static Map<String, String> onRedis(String uri) {
        Map<String, String> props = onSqlite(Path.of("unused.db"));
        props.remove("restauth.sqlite.path");
        props.put("restauth.store", "redis");
        props.put("restauth.redis.uri", uri);
        props.put("restauth.redis.timeout", "3s");
        return props;
    }

    /** The server's configuration for the CLI: the same store and file (or Redis, with the nodes' timeout). */
    static Path config(Path dir, Map<String, String> props) {
        try {
            Path yml = dir.resolve("application.yml");
            Files.writeString(yml, "restauth:\n  store: " + props.get("restauth.store") + "\n  sqlite:\n    path: "
                    + props.getOrDefault("restauth.sqlite.path", "unused.db") + "\n  redis:\n    uri: \""
                    + props.getOrDefault("restauth.redis.uri", "redis://127.0.0.1:6379") + "\"\n    timeout: "
                    + props.getOrDefault("restauth.redis.timeout", "500ms") + "\n");
            return yml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code restauth ARGS --config CONFIG} with {@code stdin}; its standard output, or an AssertionError. */
    static String cli(Path config, String stdin, String... args) {
        List<String> all = withConfig(config, args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(new Terminal(
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null)))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
        return succeeded(args, code, out.toString(), err.toString());
    }

    /**
     * As {@link #cli}, but {@code java -jar cli/target/restauth-cli.jar ARGS --config CONFIG} in its own process,
     * the password on its standard input (a pipe: no console, so no prompt).
     */
    static String cliJar(Path config, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(ServerNode.java(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", PackagedJars.cli().toString()));
        command.addAll(withConfig(config, args));
        try {
            Path err = Files.createTempFile("restauth-cli-", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return succeeded(args, process.waitFor(), out, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while restauth " + String.join(" ", args) + " ran", e);
        }
    }

    private static List<String> withConfig(Path config, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--config");
        all.add(config.toString());
        return all;
    }

    private static String succeeded(String[] args, int code, String out, String err) {
        if (code != 0) {
            throw new AssertionError("restauth " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out;
    }

    /** The first column of the first row of {@code sql} on the file, read as an operator's sqlite3 would. */
    static String single(Path db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "no answer";
        }
    }

    static void execute(Path db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
