package org.restauth.server.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.login.LoginClient.DESKTOP_KEY;
import static org.restauth.server.login.LoginClient.DESKTOP_SECRET;
import static org.restauth.server.login.LoginClient.WEB_KEY;
import static org.restauth.server.login.LoginClient.WEB_SECRET;
import static org.restauth.server.login.LoginClient.p;
import static org.restauth.server.login.TestPeople.ALICE;
import static org.restauth.server.login.TestPeople.ALICE_PASSWORD;
import static org.restauth.server.login.TestPeople.ALICE_UID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.request.Param;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;
import org.slf4j.LoggerFactory;

/**
 * The server's own changes of grants, over real HTTP: login.php authorizing an application, and the API's
 * auth.revokeExtendedPermission and auth.revokeAuthorization, each leave one audit line (the consent and settings
 * pages: ConsentBrowserTest). Nothing changed, no line.
 */
class GrantAuditTest {
    private static final String VECTOR = "app=vector api_key=" + DESKTOP_KEY + " uid=" + ALICE_UID;
    private static final String SHOP = "app=shop api_key=" + WEB_KEY + " uid=" + ALICE_UID;

    private final ListAppender<ILoggingEvent> audit = new ListAppender<>();
    private EmbeddedServer server;
    private LoginClient client;

    @BeforeEach
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "apps");
        // after the start: Micronaut's logging system resets the levels while it starts
        audit.start();
        Logger logger = (Logger) LoggerFactory.getLogger("restauth.audit");
        logger.setLevel(Level.INFO); // as the server's logback.xml has it; the tests' one says WARN
        logger.addAppender(audit);
        Instant now = Instant.now();
        server.getApplicationContext().getBean(PersonStore.class).add(new Person(ALICE_UID, ALICE,
                PasswordHash.create(ALICE_PASSWORD.toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS),
                Profile.EMPTY, false, now, now));
        client = new LoginClient(server.getURI());
    }

    @AfterEach
    void stop() {
        Logger logger = (Logger) LoggerFactory.getLogger("restauth.audit");
        logger.detachAppender(audit);
        logger.setLevel(null);
        server.close();
    }

    private List<String> grantLines() {
        return audit.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.startsWith("event=grant."))
                .toList();
    }

    private void logIn() {
        String token = client.createToken(DESKTOP_KEY, DESKTOP_SECRET);
        assertEquals(200, client.scriptedLogin(DESKTOP_KEY, token, ALICE, ALICE_PASSWORD).statusCode());
        client.forgetCookies();
    }

    /** A call of the web application (it may name a uid without a session, a desktop one may not). */
    private String shopCall(String method, String... keyValues) {
        List<Param> params = new ArrayList<>(List.of(p("method", method), p("api_key", WEB_KEY), p("format", "json"),
                p("uid", Long.toString(ALICE_UID))));
        for (int i = 0; i < keyValues.length; i += 2) {
            params.add(p(keyValues[i], keyValues[i + 1]));
        }
        return client.api(WEB_SECRET, params.toArray(Param[]::new));
    }

    @Test
    void loginTwice_authorizedOnce() {
        logIn();
        logIn();

        assertEquals(List.of("event=grant.authorized " + VECTOR), grantLines());
    }

    @Test
    void apiRevocations_permissionThenApplication_oneLineEachAndNoneWhenNothingHeld() {
        server.getApplicationContext().getBean(GrantStore.class).grant(ALICE_UID, WEB_KEY, Set.of("email"),
                Instant.now());
        assertEquals(List.of("event=grant.authorized " + SHOP, "event=grant.permissions_granted " + SHOP
                + " permissions=email"), grantLines());
        audit.list.clear();

        assertEquals("true", shopCall("auth.revokeExtendedPermission", "perm", "email"));
        assertEquals("false", shopCall("auth.revokeExtendedPermission", "perm", "email"));
        assertEquals("true", shopCall("auth.revokeAuthorization"));
        assertEquals("false", shopCall("auth.revokeAuthorization"));

        assertEquals(List.of("event=grant.permission_revoked " + SHOP + " permissions=email",
                "event=grant.removed " + SHOP), grantLines());
        assertTrue(audit.list.stream().noneMatch(e -> e.getFormattedMessage().contains(WEB_SECRET)));
    }
}
