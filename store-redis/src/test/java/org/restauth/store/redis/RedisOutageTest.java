package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.Secret;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.StoreUnavailableException;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.StoredSession;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.token.TokenStore.CreateResult;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.core.limit.RateLimiter;

/** Redis down or stalled: every call answers error 2 within about the timeout; Redis back: calls work again. */
class RedisOutageTest {
    /** Generous: the timeout is 500 ms; this checks a behaviour, not a speed. */
    private static final Duration BOUND = Duration.ofSeconds(3);

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private RedisServer server;
    private RedisStores stores;
    private TokenStore tokens;
    private SessionStore sessions;
    private RateLimiter limiter;

    @BeforeEach
    void start() {
        server = RedisServer.started();
        stores = new RedisStores(server.uri(), Duration.ofMillis(500));
        tokens = stores.tokenStore(TokenPolicy.DEFAULT);
        sessions = stores.sessionStore(SessionPolicy.DEFAULT);
        limiter = stores.rateLimiter("app", new RateLimit(100, 10));
    }

    @AfterEach
    void stop() throws Exception {
        stores.close();
        server.close();
    }

    @Test
    void everyPortMethod_redisKilled_failsWithServiceUnavailableQuickly() throws Exception {
        assertWorks();
        server.kill();

        for (Map.Entry<String, Executable> call : everyPortMethod().entrySet()) {
            assertUnavailable(call.getKey(), call.getValue());
        }
        assertFalse(stores.ping());
    }

    @Test
    void sameStores_redisRestartedOnSamePort_nextCallsWork() throws Exception {
        assertWorks();
        server.kill();
        assertUnavailable("tokens.create", () -> tokens.create("t", "app", now.plusSeconds(60), now));

        server.start();

        // Lettuce reconnects in the background with a backoff: a call before it has reconnected fails fast with
        // error 2 (correct), so the stores must work again within a bound, without being rebuilt.
        worksWithin(Duration.ofSeconds(10)); // also: the restarted Redis has no cached scripts, EVALSHA falls back to EVAL
    }

    private void worksWithin(Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            try {
                assertWorks();
                return;
            } catch (StoreUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50); // polling for the reconnect, not waiting for a duration
            }
        }
    }

    @Test
    void everyPortMethod_redisStalled_failsWithServiceUnavailableThenRecovers() throws Exception {
        assertWorks();
        server.pause();
        try {
            for (Map.Entry<String, Executable> call : everyPortMethod().entrySet()) {
                assertUnavailable(call.getKey(), call.getValue());
            }
        } finally {
            server.resume();
        }

        assertWorks();
    }

    @Test
    void stores_bundle_blocksAndIsReachableOnlyWhileRedisAnswers() throws Exception {
        Stores bundle = stores.stores(TokenPolicy.DEFAULT, SessionPolicy.DEFAULT, InMemoryApplicationRegistry.of(),
                InMemoryUserDirectory.of());
        assertTrue(bundle.blocking());
        assertTrue(bundle.reachable());

        server.kill();

        assertFalse(bundle.reachable());
        assertUnavailable("bundle.tokens.liveCount", () -> bundle.tokens().liveCount(now));
        assertUnavailable("bundle limiter", () -> bundle.limiters().named("app", new RateLimit(5, 1)).tryAcquire("a", now));
    }

    @Test
    void stores_redisDownAtStart_failThenWorkOnceRedisAnswers() throws Exception {
        server.kill();
        try (RedisStores late = new RedisStores(server.uri(), Duration.ofMillis(500))) {
            TokenStore lateTokens = late.tokenStore(TokenPolicy.DEFAULT);
            assertUnavailable("tokens.liveCount", () -> lateTokens.liveCount(now));

            server.start();

            assertEquals(0, lateTokens.liveCount(now));
        }
    }

    private void assertWorks() {
        String token = "token-" + System.nanoTime();
        assertEquals(CreateResult.CREATED, tokens.create(token, "app", now.plusSeconds(60), now));
        assertTrue(tokens.consume(token, now).isPresent());
        String sessionKey = "session-" + System.nanoTime();
        assertTrue(sessions.create(sessionKey, new StoredSession("app", 7, 0, Optional.empty()), now));
        assertTrue(sessions.find(sessionKey, now) instanceof SessionLookup.Live);
        assertTrue(limiter.tryAcquire("app", now));
        assertTrue(stores.ping());
    }

    private Map<String, Executable> everyPortMethod() {
        Map<String, Executable> calls = new LinkedHashMap<>();
        calls.put("tokens.create", () -> tokens.create("t1", "app", now.plusSeconds(60), now));
        calls.put("tokens.approve", () -> tokens.approve("t1", "app", 7, now));
        calls.put("tokens.consume", () -> tokens.consume("t1", now));
        calls.put("tokens.peek", () -> tokens.peek("t1", now));
        calls.put("tokens.liveCount", () -> tokens.liveCount(now));
        calls.put("sessions.create", () -> sessions.create("s1", new StoredSession("app", 7, 0, Optional.empty()), now));
        calls.put("sessions.find", () -> sessions.find("s1", now));
        calls.put("sessions.remove", () -> sessions.remove("s1"));
        calls.put("sessions.secretOrSet", () -> sessions.secretOrSet("s1", Secret.of("x"), now));
        calls.put("sessions.removeAll", () -> sessions.removeAll("app", 7, now));
        calls.put("sessions.liveCount", () -> sessions.liveCount(now));
        calls.put("limiter.tryAcquire", () -> limiter.tryAcquire("app", now));
        return calls;
    }

    private static void assertUnavailable(String what, Executable call) {
        long start = System.nanoTime();
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, call, what);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(ApiError.SERVICE_UNAVAILABLE, e.error(), what);
        assertTrue(took.compareTo(BOUND) < 0, what + " took " + took);
    }
}
