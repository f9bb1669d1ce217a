package org.restauth.server;

import org.restauth.server.api.ApiEndpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.restauth.core.api.RestApi;
import org.restauth.core.app.Application;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.store.Stores;
import org.restauth.format.RenderedResponse;
import org.restauth.format.ResponseRenderer;
import org.restauth.server.metrics.ApiMetrics;
import org.restauth.server.metrics.CallRecorder;
import org.restauth.server.api.RequestParameters;
import org.restauth.server.store.ApiCalls;

/** A call the full call queue of a blocking store refused is answered error 2 ("try again"), not error 1. */
class CallQueueFullTest {
    private static final Application APP =
            Application.desktop(TestApps.DESKTOP_KEY, Secret.of(TestApps.DESKTOP_SECRET), "desktop");

    @Test
    void answer_callQueueFull_isError2InTheFormatAskedForAndStoresNothing() throws Exception {
        Stores memory = Stores.inMemory(InMemoryApplicationRegistry.of(APP));
        Stores blocking = new Stores(memory.tokens(), memory.sessions(), memory.applications(), memory.users(),
                memory.limiters(), () -> true, true);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try (ApiCalls calls = ApiCalls.forStores(blocking, 1, 1)) {
            calls.execute(() -> {
                running.countDown();
                await(release);
            });
            assertTrue(running.await(5, TimeUnit.SECONDS));
            calls.execute(() -> await(release)); // the one place in the queue

            String query = "method=auth.createToken&api_key=" + TestApps.DESKTOP_KEY + "&v=1.0&format=JSON";
            RenderedResponse answer = endpoint(blocking, calls).answer(null, "/restserver.php?" + query, null,
                    new byte[0], "192.0.2.1", "test").join();

            assertEquals(Expected.jsonError(2, "Service temporarily unavailable", List.of(
                    new Param("method", "auth.createToken"), new Param("api_key", TestApps.DESKTOP_KEY),
                    new Param("v", "1.0"), new Param("format", "JSON"))),
                    new String(answer.body(), StandardCharsets.UTF_8));
            assertEquals(0, blocking.tokens().liveCount(Clock.systemUTC().instant()));
        } finally {
            release.countDown();
        }
    }

    private static ApiEndpoint endpoint(Stores stores, ApiCalls calls) {
        RestApi api = RestApi.builder().stores(stores).clock(Clock.systemUTC()).build();
        CallRecorder recorder = new CallRecorder(new ApiMetrics(new SimpleMeterRegistry()));
        return new ApiEndpoint(new RequestParameters(1000, 65_536), api, new ResponseRenderer(), recorder, calls);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
