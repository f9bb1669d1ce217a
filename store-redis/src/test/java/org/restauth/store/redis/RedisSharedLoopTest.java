package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.limit.Admission;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.token.TokenStore.CreateResult;

/**
 * Stores given the HTTP server's event loops: a token created from one of them is written and completed on
 * that same loop (no thread handoff), Redis trouble still answers error 2 within the timeout, and closing the
 * stores leaves the loops running (they are the server's).
 */
class RedisSharedLoopTest {
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private RedisServer server;
    private EventLoopGroup loops;
    private RedisStores stores;
    private TokenStore tokens;
    private RateLimiter limiter;

    @BeforeEach
    void start() {
        server = RedisServer.started();
        loops = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        stores = new RedisStores(server.uri(), Duration.ofMillis(500), 100, loops);
        tokens = stores.tokenStore(TokenPolicy.DEFAULT);
        limiter = stores.rateLimiter("app", new RateLimit(100, 10));
    }

    @AfterEach
    void stop() throws Exception {
        stores.close();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        server.close();
    }

    @Test
    void createAdmitted_calledOnALoop_completesOnThatSameLoopThread() throws Exception {
        EventLoop loop = loops.next();

        for (int call = 1; call <= 3; call++) { // the first one also opens that loop's connection
            CompletableFuture<Boolean> completedOnLoop = new CompletableFuture<>();
            loop.execute(() -> createAdmitted().whenComplete((result, failure) -> completedOnLoop.complete(
                    failure == null && result == CreateResult.CREATED && loop.inEventLoop())));

            assertTrue(completedOnLoop.get(5, TimeUnit.SECONDS), "call " + call);
        }
        assertEquals(3, tokens.liveCount(now));
    }

    @Test
    void createAdmitted_onALoopWhileRedisStalls_failsWithServiceUnavailableThenWorks() throws Exception {
        EventLoop loop = loops.next();
        assertEquals(CreateResult.CREATED, onLoop(loop));
        server.pause();
        try {
            ExecutionException failed = assertThrows(ExecutionException.class, () -> onLoop(loop));
            assertEquals(ApiError.SERVICE_UNAVAILABLE, assertInstanceOf(ApiException.class, failed.getCause()).error());
        } finally {
            server.resume();
        }

        assertEquals(CreateResult.CREATED, onLoop(loop));
    }

    @Test
    void close_leavesTheSharedLoopsRunning() throws Exception {
        stores.close();

        assertEquals("ran", loops.next().submit(() -> "ran").get(5, TimeUnit.SECONDS));
    }

    /** createAdmitted called on {@code loop}; its failure is the ExecutionException's cause. Bounded: 3 s. */
    private CreateResult onLoop(EventLoop loop) throws Exception {
        CompletableFuture<CreateResult> result = new CompletableFuture<>();
        loop.execute(() -> createAdmitted().whenComplete((created, failure) -> {
            if (failure == null) {
                result.complete(created);
            } else {
                result.completeExceptionally(failure);
            }
        }));
        return result.get(3, TimeUnit.SECONDS);
    }

    private CompletableFuture<CreateResult> createAdmitted() {
        return tokens.createAdmitted("token-" + System.nanoTime(), "app", now.plusSeconds(60), now,
                List.of(new Admission(limiter, "app"))).toCompletableFuture();
    }
}
