package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.StoredSession;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenState;
import org.restauth.core.token.TokenStore;

/** With appendfsync always, what a store call acknowledged survives kill -9 of redis-server. */
class RedisDurabilityTest {
    private static final RandomValues RANDOM = RandomValues.secure();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private RedisServer server;
    private RedisStores stores;

    @BeforeEach
    void start() {
        server = RedisServer.startedDurable();
        stores = server.patientStores();
    }

    @AfterEach
    void stop() throws Exception {
        stores.close();
        server.close();
    }

    @Test
    void approvedTokensAndSessions_redisKilledAndRestarted_areAllStillThere() throws Exception {
        TokenStore tokens = stores.tokenStore(TokenPolicy.DEFAULT);
        SessionStore sessions = stores.sessionStore(SessionPolicy.DEFAULT);
        Instant expiresAt = now.plus(Duration.ofHours(1));
        List<String> approved = new ArrayList<>();
        List<String> sessionKeys = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String token = RANDOM.hex(16);
            tokens.create(token, "app", expiresAt, now);
            tokens.approve(token, "app", i, now);
            approved.add(token);
            String sessionKey = RANDOM.hex(12) + "-" + i;
            sessions.create(sessionKey, new StoredSession("app", i, expiresAt.getEpochSecond(),
                    Optional.of(Secret.of("secret-" + i))), now);
            sessionKeys.add(sessionKey);
        }

        server.kill();
        server.start();

        for (int i = 1; i <= 50; i++) {
            assertEquals(Optional.of(new StoredToken("app", TokenState.APPROVED, i, expiresAt.toEpochMilli(),
                            now.toEpochMilli())),
                    tokens.consume(approved.get(i - 1), now), "token " + i);
            SessionLookup found = sessions.find(sessionKeys.get(i - 1), now);
            assertEquals(new SessionLookup.Live(new StoredSession("app", i, expiresAt.getEpochSecond(),
                    Optional.of(Secret.of("secret-" + i)))), found, "session " + i);
        }
    }
}
