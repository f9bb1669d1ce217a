package org.restauth.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.restauth.core.token.TokenStore.CreateResult;

class InMemoryTokenStoreTest extends TokenStoreContract {

    @Override
    protected TokenStore newStore(TokenPolicy policy) {
        return new InMemoryTokenStore(policy);
    }

    @Test
    void liveCount_afterEveryTokenExpired_dropsToZeroAndFreesTheCap() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 3, 3));
        Instant expiry = now.plusSeconds(60);
        for (int i = 0; i < 3; i++) {
            assertEquals(CreateResult.CREATED, store.create(newToken(), appA, expiry, now));
        }
        assertEquals(3, store.liveCount(expiry.minusMillis(1)));

        assertEquals(0, store.liveCount(expiry));
        for (int i = 0; i < 3; i++) {
            assertEquals(CreateResult.CREATED, store.create(newToken(), appB, expiry.plusSeconds(60), expiry));
        }
    }

    @Test
    void createAndConsume_eightThreadsAgainstTheCaps_countsStayExactAndCapsHold() throws Exception {
        int cap = 3_000;
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), cap, cap));
        Instant expiry = now.plusSeconds(3600);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> kept = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String app = t % 2 == 0 ? appA : appB;
            int seed = t;
            kept.add(threads.submit(() -> {
                Random random = new Random(seed);
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < 20_000; i++) {
                    String token = newToken();
                    if (store.create(token, app, expiry, now) == CreateResult.CREATED) {
                        mine.add(token);
                    }
                    if (!mine.isEmpty() && random.nextInt(3) == 0) {
                        String gone = mine.remove(random.nextInt(mine.size()));
                        assertEquals(app, store.consume(gone, now).orElseThrow().apiKey());
                    }
                }
                return mine;
            }));
        }
        int held = 0;
        for (Future<List<String>> future : kept) {
            List<String> mine = future.get(60, TimeUnit.SECONDS);
            held += mine.size();
            for (String token : mine) {
                assertEquals(TokenState.ISSUED, store.peek(token, now).orElseThrow().state());
            }
        }
        threads.shutdown();

        assertEquals(held, store.liveCount(now));
        assertTrue(held <= cap, held + " live tokens above the cap of " + cap);
        assertTrue(held > cap / 2, "the cap was meant to be reached: only " + held);
    }

    @Test
    void create_sameTokenTwice_secondIsRefused() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 10, 10));
        String token = newToken();
        store.create(token, appA, now.plusSeconds(60), now);

        assertEquals(CreateResult.LIMIT_REACHED, store.create(token, appB, now.plusSeconds(60), now));
        assertEquals(appA, store.peek(token, now).orElseThrow().apiKey());
        assertEquals(1, store.liveCount(now));
    }
}
