package org.restauth.server.store;

import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The size of the API call pool, from {@code restauth.api.call-threads} and {@code restauth.api.call-queue}.
 * Their old names, {@code restauth.redis.call-threads} and {@code restauth.redis.call-queue} (the pool serves
 * SQLite too), still work for one release, with a warning naming the new key; both names at once is a mistake
 * to fix, not to guess at.
 *
 * @param threads threads waiting on the store at once
 * @param queue calls waiting for a thread, at most
 */
record CallPool(int threads, int queue) {
    static final int DEFAULT_THREADS = 16;
    static final int DEFAULT_QUEUE = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(CallPool.class);

    @SuppressWarnings("deprecation") // the old names are read here, and only here
    static CallPool from(CallPoolProperties api, RedisProperties redis) {
        return new CallPool(
                pick("call-threads", api.getCallThreads(), redis.getCallThreads(), DEFAULT_THREADS),
                pick("call-queue", api.getCallQueue(), redis.getCallQueue(), DEFAULT_QUEUE));
    }

    private static int pick(String name, Integer current, Integer old, int fallback) {
        String key = "restauth.api." + name;
        String oldKey = "restauth.redis." + name;
        if (current != null && old != null) {
            throw new ConfigurationException(key + " and " + oldKey + " are both set: keep " + key + " only ("
                    + oldKey + " is its old name)");
        }
        if (old != null) {
            LOG.warn("{} is deprecated and will be removed in the next release: use {} (the pool serves every"
                    + " blocking store)", oldKey, key);
            return old;
        }
        return current != null ? current : fallback;
    }
}
