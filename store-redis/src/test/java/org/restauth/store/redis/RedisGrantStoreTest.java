package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.grant.GrantStoreContract;

class RedisGrantStoreTest extends GrantStoreContract {

    @Override
    protected GrantStore newStore() {
        return SharedRedis.flushed().grantStore();
    }

    @Test
    void grant_onOneNode_seenAtOnceByAnother() {
        try (RedisStores otherNode = SharedRedis.server().patientStores()) {
            store.grant(8055, APP_A, Set.of("offline_access"), T0);

            assertTrue(otherNode.grantStore().find(8055, APP_A).orElseThrow().holds("offline_access"));
            otherNode.grantStore().revokeAll(8055, APP_A);
            assertTrue(store.find(8055, APP_A).isEmpty());
        }
    }

    @Test
    void grant_keys_haveNoTtl() {
        store.grant(8055, APP_A, Set.of("email"), T0);

        for (String name : SharedRedis.server().inspect().keys("*")) {
            assertEquals(-1, SharedRedis.server().inspect().pttl(name), name);
        }
    }
}
