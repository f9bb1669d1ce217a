package org.restauth.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pool API calls run on with the Redis store: bounded, so a flood during a Redis stall cannot queue forever. */
class StoreCallExecutorTest {

    @Test
    void execute_threadsBusyAndQueueFull_rejectsTheNextCall() throws Exception {
        ExecutorService calls = new StoreCallExecutor().storeCalls(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try {
            calls.execute(() -> {
                running.countDown();
                await(release);
            });
            assertTrue(running.await(5, TimeUnit.SECONDS));
            calls.execute(() -> await(release)); // queued

            assertThrows(RejectedExecutionException.class, () -> calls.execute(() -> { }));
        } finally {
            release.countDown();
            calls.shutdown();
        }
    }

    @Test
    void storeCalls_badSizes_failNamingTheKey() {
        StoreCallExecutor factory = new StoreCallExecutor();

        assertEquals("restauth.redis.call-threads must be between 1 and 1024",
                assertThrows(ConfigurationException.class, () -> factory.storeCalls(0, 10)).getMessage());
        assertEquals("restauth.redis.call-queue must be at least 1",
                assertThrows(ConfigurationException.class, () -> factory.storeCalls(4, 0)).getMessage());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
