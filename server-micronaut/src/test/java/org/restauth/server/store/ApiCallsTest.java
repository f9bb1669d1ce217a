package org.restauth.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.store.Stores;

/** Where API calls run: inline with stores that never block; on one bounded pool with stores that do. */
class ApiCallsTest {
    private static final Stores MEMORY = Stores.inMemory(InMemoryApplicationRegistry.of());
    private static final Stores BLOCKING = new Stores(MEMORY.tokens(), MEMORY.sessions(), MEMORY.applications(),
            MEMORY.users(), MEMORY.limiters(), () -> true, true);

    @Test
    void execute_storesThatNeverBlock_runsOnTheCallingThread() {
        try (ApiCalls calls = ApiCalls.forStores(MEMORY, 1, 1)) {
            AtomicReference<Thread> ranOn = new AtomicReference<>();

            calls.execute(() -> ranOn.set(Thread.currentThread()));

            assertFalse(calls.pooled());
            assertEquals(Thread.currentThread(), ranOn.get());
        }
    }

    @Test
    void execute_blockingStoresThreadsBusyAndQueueFull_rejectsTheNextCall() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try (ApiCalls calls = ApiCalls.forStores(BLOCKING, 1, 1)) {
            assertTrue(calls.pooled());
            calls.execute(() -> {
                running.countDown();
                await(release);
            });
            assertTrue(running.await(5, TimeUnit.SECONDS));
            calls.execute(() -> await(release)); // queued

            assertThrows(RejectedExecutionException.class, () -> calls.execute(() -> { }));
        } finally {
            release.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
