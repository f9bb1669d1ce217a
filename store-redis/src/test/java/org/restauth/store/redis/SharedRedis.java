package org.restauth.store.redis;

/**
 * One memory-only redis-server and one connection for every contract test class in this JVM,
 * stopped when the JVM exits. Tests that stop or crash Redis start their own {@link RedisServer}.
 */
final class SharedRedis {
    private static RedisServer server;
    private static RedisStores stores;

    private SharedRedis() {
    }

    static synchronized RedisServer server() {
        if (server == null) {
            server = RedisServer.started();
            stores = server.patientStores();
            Runtime.getRuntime().addShutdownHook(new Thread(SharedRedis::stop, "shared-redis-stop"));
        }
        return server;
    }

    static synchronized RedisStores stores() {
        server();
        return stores;
    }

    /** An empty Redis, for a contract test's fresh store. */
    static RedisStores flushed() {
        server().flushAll();
        return stores();
    }

    private static synchronized void stop() {
        try {
            stores.close();
            server.close();
        } catch (Exception e) {
            // the JVM is exiting; the child process dies with its directory cleaned up or not
        }
    }
}
