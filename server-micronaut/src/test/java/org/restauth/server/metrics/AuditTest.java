package org.restauth.server.metrics;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;
import org.restauth.core.grant.Grant;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.grant.InMemoryGrantStore;
import org.restauth.core.login.LoginFailure;
import org.restauth.core.login.LoginResult;
import org.restauth.server.config.ApplicationSetup;
import org.slf4j.LoggerFactory;

/** The audit lines the full-flow tests do not reach: refusals, and every kind of grant change. */
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
    void grants_eachChange_oneLineWithAppKeyUidAndPermissions() {
        GrantStore grants = new AuditedGrants(new InMemoryGrantStore(), audit);
        Instant t0 = Instant.parse("2026-12-01T20:00:00.123456Z");

        grants.authorize(1000, KEY, t0);
        grants.grant(1000, KEY, Set.of("email", "offline_access"), t0.plusSeconds(1));
        grants.revokePermission(1000, KEY, "offline_access");
        grants.revokeAll(1000, KEY);
        grants.grant(1001, KEY, Set.of("email"), t0);

        String app = "app=unknown api_key=" + KEY;
        assertEquals(List.of("event=grant.authorized " + app + " uid=1000",
                "event=grant.permissions_granted " + app + " uid=1000 permissions=email,offline_access",
                "event=grant.permission_revoked " + app + " uid=1000 permissions=offline_access",
                "event=grant.removed " + app + " uid=1000",
                "event=grant.authorized " + app + " uid=1001",
                "event=grant.permissions_granted " + app + " uid=1001 permissions=email"), messages());
    }

    @Test
    void grants_nothingChanged_noLine() {
        GrantStore grants = new AuditedGrants(new InMemoryGrantStore(), audit);
        Instant t0 = Instant.parse("2026-12-01T20:00:00Z");
        grants.grant(1000, KEY, Set.of("email"), t0);
        lines.list.clear();

        grants.authorize(1000, KEY, t0.plusSeconds(5));                 // every login authorizes again
        grants.grant(1000, KEY, Set.of("email"), t0.plusSeconds(6));     // held already
        grants.revokePermission(1000, KEY, "offline_access");             // not held
        grants.revokeAll(2000, KEY);                                      // never authorized

        assertEquals(List.of(), messages());
    }

    @Test
    void grants_storeKeepingMilliseconds_newGrantStillAudited() {
        Instant now = Instant.parse("2026-12-01T20:00:00.123456789Z");

        new AuditedGrants(new MillisecondGrants(), audit).authorize(1000, KEY, now);

        assertEquals(List.of("event=grant.authorized app=unknown api_key=" + KEY + " uid=1000"), messages());
    }

    @Test
    void grants_changeNotOneWord_refused() {
        assertThrows(IllegalArgumentException.class, () -> audit.grantChanged("removed uid=1", KEY, 1, List.of()));
    }

    private List<String> messages() {
        return lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** As the Redis store answers: a new grant's time in milliseconds. Only authorize is used here. */
    private static final class MillisecondGrants implements GrantStore {
        @Override
        public Grant authorize(long uid, String apiKey, Instant now) {
            return new Grant(uid, apiKey, now.truncatedTo(ChronoUnit.MILLIS), java.util.Map.of());
        }

        @Override
        public Grant grant(long uid, String apiKey, Set<String> permissions, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean revokePermission(long uid, String apiKey, String permission) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean revokeAll(long uid, String apiKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Grant> find(long uid, String apiKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Grant> listByPerson(long uid) {
            throw new UnsupportedOperationException();
        }
    }
}
