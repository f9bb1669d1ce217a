package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Digests;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenState;
import org.restauth.core.token.TokenStore;
import org.restauth.core.token.TokenStore.CreateResult;
import org.restauth.core.token.TokenStoreContract;

class RedisTokenStoreTest extends TokenStoreContract {
    private static final TokenPolicy ROOMY = new TokenPolicy(Duration.ofMinutes(60), 1000, 1000);
    private final RedisServer server = SharedRedis.server();

    @Override
    protected TokenStore newStore(TokenPolicy policy) {
        return SharedRedis.flushed().tokenStore(policy);
    }

    /** token-count.lua counts a token until the end of the second it expires in. */
    @Override
    protected Duration countedAfterExpiry() {
        return Duration.ofSeconds(1);
    }

    @Test
    void create_newToken_keyNamesItsDigestAndExpiresWithIt() {
        TokenStore store = newStore(ROOMY);
        String token = newToken();
        store.create(token, appA, now.plusSeconds(600), now);

        String key = "restauth:{restauth}:t2:" + Digests.sha256Hex(token);
        assertEquals("ISSUED:0:" + now.plusSeconds(600).toEpochMilli() + ":0:" + appA, server.inspect().get(key));
        long ttl = server.inspect().pttl(key);
        assertTrue(ttl > 590_000 && ttl <= 600_000, "TTL " + ttl);
        for (String name : server.inspect().keys("*")) {
            assertTrue(!name.contains(token), "a key name holds the token: " + name);
        }
    }

    @Test
    void create_nonAsciiApiKey_isStoredAndReadBackUnchanged() {
        TokenStore store = newStore(ROOMY);
        String apiKey = "clé-\u00fc-\u65e5\u672c-\ud83d\ude00"; // 1-, 2-, 3- and 4-byte UTF-8
        String token = newToken();

        assertEquals(CreateResult.CREATED, store.create(token, apiKey, now.plusSeconds(600), now));

        assertEquals(apiKey, store.peek(token, now).orElseThrow().apiKey());
        assertEquals(apiKey, store.consume(token, now).orElseThrow().apiKey());
    }

    @Test
    void create_everyKeyWritten_expiresOnceItsTokensHave() {
        TokenStore store = newStore(ROOMY);
        Instant expiry = now.plusSeconds(600);
        store.create(newToken(), appA, expiry, now);

        List<String> keys = server.inspect().keys("*");
        assertEquals(3, keys.size(), keys.toString()); // the token, two counters
        for (String key : keys) {
            long ttl = server.inspect().pttl(key);
            assertTrue(ttl > 0 && ttl <= 601_000, key + " TTL " + ttl); // until the token's second ends
        }
    }

    @Test
    void approveThenConsume_apiKeyWithColons_keepsItWhole() {
        TokenStore store = newStore(ROOMY);
        String apiKey = "key:with:colons";
        String token = newToken();
        store.create(token, apiKey, now.plusSeconds(600), now);

        assertEquals(TokenStore.ApproveResult.APPROVED, store.approve(token, apiKey, 42, now));

        assertEquals(Optional.of(new StoredToken(apiKey, TokenState.APPROVED, 42, now.plusSeconds(600).toEpochMilli(),
                        now.toEpochMilli())),
                store.peek(token, now));
        assertEquals(apiKey, store.consume(token, now).orElseThrow().apiKey());
        assertEquals(0, store.liveCount(now));
    }

    @Test
    void liveCount_tokenExpired_countsItOnlyUntilTheEndOfItsSecond() {
        TokenStore store = newStore(ROOMY);
        Instant expiry = Instant.ofEpochMilli((now.toEpochMilli() / 1000 + 5) * 1000 + 200); // x.200 s
        store.create(newToken(), appA, expiry, now);
        store.create(newToken(), appB, expiry.plusSeconds(30), now);

        assertEquals(2, store.liveCount(expiry.minusMillis(1)));
        assertEquals(2, store.liveCount(expiry.plusMillis(799))); // still within its second: counted
        assertEquals(1, store.liveCount(expiry.plusMillis(800)));
    }

    @Test
    void create_capFilledByTokensThatExpiredDuringALongIdle_succeeds() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 2, 2));
        store.create(newToken(), appA, now.plusSeconds(1), now);
        store.create(newToken(), appA, now.plusSeconds(90), now);
        Instant later = now.plus(Duration.ofHours(2)); // far more seconds than are looked at one by one

        assertEquals(CreateResult.CREATED, store.create(newToken(), appA, later.plusSeconds(60), later));
        assertEquals(1, store.liveCount(later));
    }

    @Test
    void consume_afterItsSecondWasDropped_leavesTheCountAlone() {
        TokenStore store = newStore(ROOMY);
        String expired = newToken();
        store.create(expired, appA, now.plusSeconds(1), now);
        store.create(newToken(), appA, now.plusSeconds(600), now);
        assertEquals(1, store.liveCount(now.plusSeconds(3)));

        store.consume(expired, now.plusSeconds(3)); // its hash still held: Redis's own clock, not now

        assertEquals(1, store.liveCount(now.plusSeconds(3)));
    }

    @Test
    void create_afterRedisForgotItsScripts_stillWorks() {
        TokenStore store = newStore(ROOMY);
        store.create(newToken(), appA, now.plusSeconds(600), now);
        server.inspect().scriptFlush();

        String token = newToken();
        assertEquals(CreateResult.CREATED, store.create(token, appA, now.plusSeconds(600), now));
        assertTrue(store.peek(token, now).isPresent());
    }

    @Test
    void create_otherNodeFilledTheApplicationsCap_isRefused() {
        TokenPolicy twoPerApp = new TokenPolicy(Duration.ofMinutes(60), 100, 2);
        TokenStore store = newStore(twoPerApp);
        try (RedisStores otherNode = server.patientStores()) {
            TokenStore other = otherNode.tokenStore(twoPerApp);
            assertEquals(CreateResult.CREATED, other.create(newToken(), appA, now.plusSeconds(600), now));
            assertEquals(CreateResult.CREATED, other.create(newToken(), appA, now.plusSeconds(600), now));

            assertEquals(CreateResult.LIMIT_REACHED, store.create(newToken(), appA, now.plusSeconds(600), now));
        }
    }

    @Test
    void consume_twoNodesRacingFromManyThreads_exactlyOneWinnerPerToken() throws Exception {
        TokenStore store = newStore(ROOMY);
        ExecutorService racers = Executors.newFixedThreadPool(8);
        try (RedisStores otherNode = server.patientStores()) {
            TokenStore[] nodes = {store, otherNode.tokenStore(ROOMY)};
            for (int trial = 0; trial < 300; trial++) {
                String token = newToken();
                nodes[trial % 2].create(token, appA, now.plusSeconds(600), now);
                nodes[(trial + 1) % 2].approve(token, appA, trial + 1, now);

                List<StoredToken> won = race(racers, nodes, token, now);

                assertEquals(List.of(new StoredToken(appA, TokenState.APPROVED, trial + 1,
                        now.plusSeconds(600).toEpochMilli(), now.toEpochMilli())), won, "trial " + trial);
            }
        } finally {
            racers.shutdownNow();
        }
    }

    private static List<StoredToken> race(ExecutorService racers, TokenStore[] nodes, String token, Instant at)
            throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<StoredToken>>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TokenStore node = nodes[i % 2];
            results.add(racers.submit(() -> {
                go.await();
                return node.consume(token, at);
            }));
        }
        go.countDown();
        List<StoredToken> won = new ArrayList<>();
        for (Future<Optional<StoredToken>> result : results) {
            result.get().ifPresent(won::add);
        }
        return won;
    }
}
