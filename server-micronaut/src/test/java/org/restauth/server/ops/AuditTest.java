package org.restauth.server.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;
import org.restauth.core.login.LoginFailure;
import org.restauth.core.login.LoginResult;
import org.restauth.server.config.ApplicationSetup;
import org.slf4j.LoggerFactory;

/** The audit lines the full-flow tests do not reach: refusals, and application and person changes. */
class AuditTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final Application APP = Application.desktop(KEY, Secret.of("secretsecretsecretsecretsecret12"), "Tool");

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    /** No name configured for APP's key: it is "unknown" in the log, never its api key. */
    private final Audit audit = new Audit(new AppNames(new ApplicationSetup(List.of(APP), Optional.empty()), List.of()));

    @BeforeEach
    void listen() {
        lines.start();
        Logger logger = (Logger) LoggerFactory.getLogger(Audit.LOGGER);
        logger.setLevel(Level.INFO); // the server's logback.xml says so too; the tests' one says WARN
        logger.addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        Logger logger = (Logger) LoggerFactory.getLogger(Audit.LOGGER);
        logger.detachAppender(lines);
        logger.setLevel(null);
    }

    @Test
    void login_refused_namesReasonAndAppNeverTheKey() {
        audit.login(new LoginResult.Refused(LoginFailure.TOO_MANY_ATTEMPTS, APP, java.time.Duration.ofMinutes(1)), "192.0.2.9");
        audit.login(new LoginResult.Refused(LoginFailure.UNKNOWN_APPLICATION, null), "192.0.2.9");

        assertEquals(List.of("event=login.refused reason=too_many_attempts app=unknown client=192.0.2.9",
                "event=login.refused reason=unknown_application app=unknown client=192.0.2.9"), messages());
    }

    @Test
    void changes_oneLineEach() {
        audit.applicationChanged("added", "shop", "cli");
        audit.personChanged("removed", 1000, "api");

        assertEquals(List.of("event=app.added app=shop by=cli", "event=person.removed uid=1000 by=api"), messages());
    }

    @Test
    void changes_actionNotOneWord_refused() {
        assertThrows(IllegalArgumentException.class, () -> audit.personChanged("removed uid=1", 1, "api"));
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
