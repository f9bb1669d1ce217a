package org.restauth.server.nodes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.restauth.cli.Main;
import org.restauth.cli.Terminal;

/**
 * A server node on the SQLite store in a test's directory, and the {@code restauth} CLI run in this JVM against
 * the same file through an application.yml, as an operator runs both on one machine.
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

    /** The server's configuration for the CLI: the same store and file (or Redis). */
    static Path config(Path dir, Map<String, String> props) {
        try {
            Path yml = dir.resolve("application.yml");
            Files.writeString(yml, "restauth:\n  store: " + props.get("restauth.store") + "\n  sqlite:\n    path: "
                    + props.getOrDefault("restauth.sqlite.path", "unused.db") + "\n  redis:\n    uri: \""
                    + props.getOrDefault("restauth.redis.uri", "redis://127.0.0.1:6379") + "\"\n");
            return yml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code restauth ARGS --config CONFIG} with {@code stdin}; its standard output, or an AssertionError. */
    static String cli(Path config, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--config");
        all.add(config.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(new Terminal(
                        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null)))
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(all.toArray(String[]::new));
        if (code != 0) {
            throw new AssertionError("restauth " + String.join(" ", args) + " exited " + code + ": " + err);
        }
        return out.toString();
    }
}
