package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.core.api.ApiFixture.DESKTOP;
import static org.restauth.core.api.ApiFixture.START;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;

class RestApiConcurrencyTest {
    private static final int THREADS = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void createToken_100kFromEightThreads_allDistinctAndLive() throws Exception {
        ApiFixture fx = ApiFixture.builder()
                .tokenPolicy(new TokenPolicy(Duration.ofMinutes(60), 200_000, 200_000)).build();
        ApiRequest request = fx.call("auth.createToken").sentRequest();
        Set<String> tokens = ConcurrentHashMap.newKeySet();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                for (int i = 0; i < 100_000 / THREADS; i++) {
                    tokens.add(assertInstanceOf(ApiResult.Text.class, fx.api.handle(request).result()).value());
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }

        assertEquals(100_000, tokens.size());
        assertEquals(100_000, fx.tokens.liveCount(START));
        for (String token : tokens) {
            assertTrue(fx.tokens.peek(token, START).isPresent());
        }
    }

    @Test
    void getSession_eightConcurrentCallsPerApprovedToken_exactlyOneSessionEveryTrial() throws Exception {
        ApiFixture fx = ApiFixture.standard();
        for (int trial = 0; trial < 2000; trial++) {
            String token = fx.createToken(DESKTOP);
            assertEquals(TokenStore.ApproveResult.APPROVED, fx.tokens.approve(token, DESKTOP.apiKey(), 8055, START));

            List<ApiResult> results = raceGetSession(fx, token);

            long grants = results.stream().filter(r -> r instanceof ApiResult.SessionGrant).count();
            long invalid = results.stream().filter(new ApiResult.Failure(ApiError.INVALID_PARAMETER)::equals).count();
            assertEquals(1, grants, "trial " + trial);
            assertEquals(THREADS - 1, invalid, "trial " + trial);
        }
        assertEquals(2000, fx.sessions.liveCount(START));
    }

    private List<ApiResult> raceGetSession(ApiFixture fx, String token) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiResult>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            ApiRequest request = fx.call("auth.getSession").param("auth_token", token).sentRequest();
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return fx.api.handle(request).result();
            }));
        }
        ready.await();
        go.countDown();
        List<ApiResult> results = new ArrayList<>();
        for (Future<ApiResult> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
