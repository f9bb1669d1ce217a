package org.restauth.store.redis;

import org.restauth.core.user.PersonStore;
import org.restauth.core.user.PersonStoreContract;

class RedisPersonStoreTest extends PersonStoreContract {
    @Override
    protected PersonStore newStore() {
        return SharedRedis.flushed().personStore();
    }
}
