package org.restauth.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.restauth.core.app.Application;
import org.restauth.core.user.Person;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The audit lines of the commands that change the store: the server's audit format (logger {@code restauth.audit},
 * a {@code key=value} message; one JSON object per line with the server's switch, {@code RESTAUTH_LOG_FORMAT=json}
 * or {@code -Drestauth.log.format=json}) on standard error, so that one collector holds the server's and the
 * CLI's changes (docs/operations.md, "Audit log"). Written after the store answered; never a password, hash or
 * secret: a person is named by uid and email, an application by api key and name.
 */
final class AuditLog {
    static final String LOGGER = "restauth.audit";
    static final String FORMAT_PROPERTY = "restauth.log.format";
    static final String FORMAT_ENV = "RESTAUTH_LOG_FORMAT";
    // logback's %d{ISO8601}, as the server's text lines have it
    private static final DateTimeFormatter ISO8601 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9._@+:/-]+");

    private final PrintWriter err;
    private final boolean json;
    private final String actor;
    private final Clock clock;

    AuditLog(PrintWriter err, boolean json, String actor, Clock clock) {
        this.err = err;
        this.json = json;
        this.actor = actor;
        this.clock = clock;
    }

    /** To the command's standard error, in the format and with the OS user of this process. */
    static AuditLog of(CommandSpec spec) {
        String format = Optional.ofNullable(System.getProperty(FORMAT_PROPERTY)).orElse(System.getenv(FORMAT_ENV));
        return new AuditLog(spec.commandLine().getErr(), "json".equals(format), actor(System.getenv()),
                Clock.systemDefaultZone());
    }

    /** The OS user, and under sudo the one who called it (user.name is then root). */
    static String actor(Map<String, String> env) {
        String user = "by=" + value(System.getProperty("user.name", "unknown"));
        String sudo = env.get("SUDO_USER");
        return sudo == null || sudo.isEmpty() ? user : user + " sudo_user=" + value(sudo);
    }

    /** {@code action}: added, imported, password_changed, disabled, enabled, removed. */
    void person(String action, Person person, int sessionsEnded) {
        write("event=person." + action + " uid=" + person.uid() + " email=" + value(person.email())
                + (sessionsEnded < 0 ? "" : " sessions_ended=" + sessionsEnded));
    }

    /** {@code action}: added, removed. */
    void app(String action, Application app) {
        write("event=app." + action + " api_key=" + value(app.apiKey()) + " name=" + value(app.displayName())
                + " type=" + app.type().name().toLowerCase(Locale.ROOT));
    }

    private void write(String event) {
        String message = event + " " + actor + " source=cli";
        if (json) {
            ObjectNode line = new ObjectMapper().createObjectNode()
                    .put("timestamp", clock.millis()).put("level", "INFO")
                    .put("threadName", Thread.currentThread().getName()).put("loggerName", LOGGER);
            line.putObject("mdc");
            line.put("formattedMessage", message).putNull("throwable");
            err.println(line);
        } else {
            err.println(ISO8601.format(clock.instant().atZone(clock.getZone())) + " INFO  ["
                    + Thread.currentThread().getName() + "] [] " + LOGGER + " - " + message);
        }
        err.flush();
    }

    /** Bare when plain; otherwise quoted and escaped, so a name or an email cannot forge a key or a line. */
    static String value(String raw) {
        if (BARE.matcher(raw).matches()) {
            return raw;
        }
        StringBuilder quoted = new StringBuilder(raw.length() + 2).append('"');
        for (char c : raw.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
