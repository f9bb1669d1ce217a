package org.restauth.store.redis;

import org.restauth.core.app.ApplicationStore;
import org.restauth.core.app.ApplicationStoreContract;

class RedisApplicationStoreTest extends ApplicationStoreContract {
    @Override
    protected ApplicationStore newStore() {
        return SharedRedis.flushed().applicationStore();
    }
}
