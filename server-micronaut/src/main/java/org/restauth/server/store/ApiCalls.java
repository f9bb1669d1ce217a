package org.restauth.server.store;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.restauth.core.store.Stores;

/**
 * Where API calls run, chosen by the store bundle: with stores that never block (memory), on the thread that
 * read the call (the event loop: a handoff to a pool and back would cost more than the call); with stores that
 * block (Redis, SQLite), on one fixed pool whose queue is bounded, so that a flood while the store is
 * slow cannot pile up without limit: past the bound {@link #execute} throws {@link RejectedExecutionException}
 * and the call is answered error 2 at once.
 */
public final class ApiCalls implements Executor, AutoCloseable {
    /** Thread names in a thread dump. */
    static final String THREADS = "restauth-api-calls";

    private final ThreadPoolExecutor pool; // null: run on the calling thread

    private ApiCalls(ThreadPoolExecutor pool) {
        this.pool = pool;
    }

    /**
     * @param threads {@code restauth.api.call-threads}: threads waiting on the store at once (1 to 1024)
     * @param queue {@code restauth.api.call-queue}: calls waiting for a thread, at most (1 or more)
     */
    public static ApiCalls forStores(Stores stores, int threads, int queue) {
        if (!stores.blocking()) {
            return new ApiCalls(null);
        }
        // threads start with the first calls and stay
        return new ApiCalls(new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(queue), new DaemonThreads()));
    }

    /** True if calls run on a pool of their own rather than on the calling thread. */
    public boolean pooled() {
        return pool != null;
    }

    /** The pool's threads, 0 when calls run on the calling thread. */
    int threads() {
        return pool == null ? 0 : pool.getMaximumPoolSize();
    }

    /** How many calls may wait for a thread now. */
    int queueRoom() {
        return pool == null ? 0 : pool.getQueue().remainingCapacity();
    }

    @Override
    public void execute(Runnable call) {
        if (pool == null) {
            call.run();
        } else {
            pool.execute(call);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Daemon threads named for thread dumps. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, THREADS + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
