package org.restauth.server.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads API calls run on when the store does network I/O (with the in-memory stores the event loop
 * runs them itself: ApiController). A Redis call blocks its thread for a round trip: a small fixed pool. Not
 * Micronaut's blocking pool: that is a cached pool handing each call over through a SynchronousQueue, so
 * under load one thread per connection (64 in bench/http.sh) spun, parked and woke for every call, and
 * those handoffs cost more CPU than the call (bench/README.md, "Redis store: what was changed").
 */
@Factory
public class StoreCallExecutor {
    /** The executor API calls run on; see the class comment. */
    public static final String NAME = "restauth-store-calls";

    @Singleton
    @Named(NAME)
    @Bean(preDestroy = "shutdown")
    ExecutorService storeCalls(@Value("${restauth.redis.call-threads:16}") int threads,
                               @Value("${restauth.redis.call-queue:10000}") int queue) {
        if (threads < 1 || threads > 1024) {
            throw new ConfigurationException("restauth.redis.call-threads must be between 1 and 1024");
        }
        if (queue < 1) {
            throw new ConfigurationException("restauth.redis.call-queue must be at least 1");
        }
        // threads start with the first calls (none with the in-memory stores) and stay; the queue holds the
        // rest, up to a bound: while Redis stalls, a flood must not queue without limit. Past it a call is
        // rejected, and ApiController answers error 2 at once.
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(queue),
                new DaemonThreads(NAME));
    }

    /** Daemon threads named for thread dumps. */
    private record DaemonThreads(String prefix, AtomicInteger next) implements ThreadFactory {
        DaemonThreads(String prefix) {
            this(prefix, new AtomicInteger());
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + "-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
