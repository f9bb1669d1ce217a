package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.app.Application;
import org.restauth.store.sqlite.SqliteStores;

/** {@code restauth app add | list | remove} on a real SQLite file, beside the configured applications. */
class AppCommandTest {
    private static final Pattern ADDED = Pattern.compile(
            "added web application The Shop\\Rapi_key: ([0-9a-f]{32})\\Rsecret:  ([0-9a-f]{32})\\R.*", Pattern.DOTALL);
    private static final String CONFIGURED = "      api-key: 0123456789abcdef0123456789abcdef\n"
            + "      secret: secretsecretsecretsecretsecret12\n";

    @TempDir
    Path dir;
    private String config;

    @BeforeEach
    void config() {
        config = StoreConfig.sqliteIn(dir, "  apps:\n    vector:\n" + CONFIGURED).toString();
    }

    @Test
    void add_web_printsKeyAndSecretOnceAndStoresTheApplication() {
        CliRun run = CliRun.run("app", "add", "--name", "The Shop", "--type", "web", "--callback-url",
                "https://shop.example/back", "--config", config);

        assertEquals(0, run.exitCode(), run.err());
        Matcher printed = ADDED.matcher(run.out());
        assertTrue(printed.matches(), run.out());
        try (SqliteStores stores = SqliteStores.open(dir.resolve("restauth.db"), Clock.systemUTC())) {
            Optional<Application> stored = stores.applicationStore().find(printed.group(1));
            assertTrue(stored.isPresent());
            assertTrue(stored.get().secret().matches(printed.group(2)));
            assertEquals("https://shop.example/back", stored.get().callbackUrl().orElseThrow().toString());
        }
        assertFalse(CliRun.run("app", "list", "--config", config).out().contains(printed.group(2)));
    }

    @Test
    void list_configuredAndAdded_marksEach() {
        CliRun add = CliRun.run("app", "add", "--name", "Tool", "--config", config);
        String key = add.out().lines().filter(l -> l.startsWith("api_key: ")).findFirst().orElseThrow().substring(9);

        CliRun list = CliRun.run("app", "list", "--config", config);
        CliRun json = CliRun.run("app", "list", "--json", "--config", config);

        assertEquals("0123456789abcdef0123456789abcdef\tdesktop\tvector\tconfigured\n" + key + "\tdesktop\tTool\tadded\n",
                list.out().replace(System.lineSeparator(), "\n"));
        assertEquals("[{\"api_key\":\"0123456789abcdef0123456789abcdef\",\"type\":\"desktop\",\"name\":\"vector\","
                + "\"source\":\"configured\"},{\"api_key\":\"" + key + "\",\"type\":\"desktop\",\"name\":\"Tool\","
                + "\"source\":\"added\"}]", json.out().strip());
        assertFalse(list.out().contains("secretsecret"));
    }

    @Test
    void remove_added_goneFromTheStore_configured_refused() {
        CliRun add = CliRun.run("app", "add", "--name", "Tool", "--config", config);
        String key = add.out().lines().filter(l -> l.startsWith("api_key: ")).findFirst().orElseThrow().substring(9);

        CliRun removed = CliRun.run("app", "remove", "--api-key", key, "--config", config);
        CliRun configured = CliRun.run("app", "remove", "--api-key", "0123456789abcdef0123456789abcdef",
                "--config", config);

        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals("0123456789abcdef0123456789abcdef\tdesktop\tvector\tconfigured" + System.lineSeparator(),
                CliRun.run("app", "list", "--config", config).out());
        assertEquals(1, configured.exitCode());
        assertEquals("restauth app remove: this is the configured application restauth.apps.vector: remove it from"
                + " the server's configuration" + System.lineSeparator(), configured.err());
    }

    @Test
    void add_webWithoutCallback_isUsageError() {
        CliRun run = CliRun.run("app", "add", "--name", "Shop", "--type", "web", "--config", config);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("a web app needs --callback-url"), run.err());
    }
}
