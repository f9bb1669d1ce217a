package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;
import org.restauth.store.sqlite.SqliteStores;

/**
 * Every change the {@code user} and {@code app} commands make to a real SQLite store leaves one audit line on
 * standard error, in the server's format, naming the change, the person or application and the OS user; and no
 * password, hash or secret.
 */
class AuditLogTest {
    private static final String ME = System.getProperty("user.name");
    // the server's text pattern: %d{ISO8601} %-5level [%thread] [%X{request_id}] %logger{36} - %msg
    private static final Pattern TEXT = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[[^]]+] \\[] restauth\\.audit - (.*)");

    @TempDir
    Path dir;
    private String config;

    @BeforeEach
    void config() {
        config = StoreConfig.sqliteIn(dir, "").toString();
    }

    private CliRun cli(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config));
        return CliRun.withStdin(stdin, all.toArray(String[]::new));
    }

    private static List<String> audit(CliRun run) {
        assertEquals(0, run.exitCode(), run.err());
        List<String> messages = new ArrayList<>();
        for (String line : run.err().lines().toList()) {
            Matcher text = TEXT.matcher(line);
            if (text.matches()) {
                messages.add(text.group(1));
            }
        }
        return messages;
    }

    @Test
    void personCommands_eachChange_oneLineWithUidEmailAndOsUserButNoPasswordOrHash() {
        List<CliRun> runs = List.of(
                cli("first secret pw\n", "user", "add", "--email", "Alice@Example.org", "--uid", "8055"),
                cli("second secret pw\n", "user", "passwd", "--email", "alice@example.org"),
                cli("", "user", "disable", "--email", "alice@example.org"),
                cli("", "user", "enable", "--email", "alice@example.org"),
                cli("", "user", "remove", "--email", "alice@example.org"));

        List<String> lines = runs.stream().flatMap(run -> audit(run).stream()).toList();

        String by = " by=" + AuditLog.value(ME) + " source=cli";
        assertEquals(List.of(
                "event=person.added uid=8055 email=alice@example.org" + by,
                "event=person.password_changed uid=8055 email=alice@example.org sessions_ended=0" + by,
                "event=person.disabled uid=8055 email=alice@example.org sessions_ended=0" + by,
                "event=person.enabled uid=8055 email=alice@example.org sessions_ended=0" + by,
                "event=person.removed uid=8055 email=alice@example.org sessions_ended=0" + by), lines);
        String err = String.join("\n", runs.stream().map(CliRun::err).toList());
        assertFalse(err.contains("secret pw"), err);
        assertFalse(err.contains("pbkdf2"), err);
    }

    @Test
    void refusedChange_writesNoAuditLine() {
        cli("pw one\n", "user", "add", "--email", "a@b.c", "--uid", "7");

        CliRun duplicate = cli("pw two\n", "user", "add", "--email", "a@b.c", "--uid", "8");
        CliRun missing = cli("", "user", "disable", "--email", "x@y.z");

        assertEquals(1, duplicate.exitCode());
        assertEquals(1, missing.exitCode());
        assertFalse(duplicate.err().contains("restauth.audit"), duplicate.err());
        assertFalse(missing.err().contains("restauth.audit"), missing.err());
    }

    @Test
    void import_eachAddedPerson_oneLine_skippedNone() throws IOException {
        PasswordHash hash = PasswordHash.create("pw".toCharArray(), new SecureRandom(), 100_000);
        Path users = dir.resolve("users.json");
        UserFile.write(users, List.of(new User("a@b.c", 11, hash), new User("d@e.f", 12, hash)));
        cli("pw\n", "user", "add", "--email", "d@e.f", "--uid", "12");

        CliRun run = cli("", "user", "import", users.toString());

        assertEquals(List.of("event=person.imported uid=11 email=a@b.c by=" + AuditLog.value(ME) + " source=cli"),
                audit(run));
        assertFalse(run.err().contains(hash.encoded()), run.err());
    }

    @Test
    void appCommands_addAndRemove_nameKeyAndTypeButNoSecret() {
        CliRun add = cli("", "app", "add", "--name", "The \"Shop\"", "--type", "web", "--callback-url",
                "https://shop.example/back");
        String key = add.out().lines().filter(l -> l.startsWith("api_key: ")).findFirst().orElseThrow().substring(9);
        String secret = add.out().lines().filter(l -> l.startsWith("secret:  ")).findFirst().orElseThrow().substring(9);

        List<String> added = audit(add);
        List<String> removed = audit(cli("", "app", "remove", "--api-key", key));

        String by = " by=" + AuditLog.value(ME) + " source=cli";
        assertEquals(List.of("event=app.added api_key=" + key + " name=\"The \\\"Shop\\\"\" type=web" + by), added);
        assertEquals(List.of("event=app.removed api_key=" + key + " name=\"The \\\"Shop\\\"\" type=web" + by), removed);
        assertFalse(add.err().contains(secret), add.err());
    }

    @Test
    void emailWithLineBreak_isQuoted_cannotForgeALine() {
        CliRun run = cli("pw\n", "user", "add", "--email", "x@y.z\nevent=app.removed", "--uid", "5");

        List<String> lines = audit(run);

        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals(List.of("event=person.added uid=5 email=\"x@y.z\\u000aevent=app.removed\" by="
                + AuditLog.value(ME) + " source=cli"), lines);
    }

    @Test
    void actor_underSudo_namesTheCaller() {
        assertEquals("by=" + AuditLog.value(ME) + " sudo_user=alice", AuditLog.actor(Map.of("SUDO_USER", "alice")));
        assertEquals("by=" + AuditLog.value(ME), AuditLog.actor(Map.of()));
    }

    @Test
    void jsonSwitch_asAProcess_everyStderrLineIsTheServersJsonShape() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "user", "add", "--email", "json@example.org", "--uid", "31", "--config", config);
        builder.environment().put(AuditLog.FORMAT_ENV, "json");
        Process add = builder.start();
        add.getOutputStream().write("process secret pw\n".getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        assertTrue(add.waitFor(60, TimeUnit.SECONDS), "user add did not end");
        String err = new String(add.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, add.exitValue(), err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertEquals("restauth.audit", line.path("loggerName").asText());
        assertEquals("INFO", line.path("level").asText());
        assertTrue(Math.abs(line.path("timestamp").asLong() - System.currentTimeMillis()) < 60_000, err);
        assertEquals("event=person.added uid=31 email=json@example.org by=" + AuditLog.value(ME) + " source=cli",
                line.path("formattedMessage").asText());
        assertFalse(err.contains("process secret pw"), err);
        try (SqliteStores stores = SqliteStores.open(dir.resolve("restauth.db"), Clock.systemUTC())) {
            assertTrue(stores.personStore().byEmail("json@example.org").isPresent());
        }
    }
}
