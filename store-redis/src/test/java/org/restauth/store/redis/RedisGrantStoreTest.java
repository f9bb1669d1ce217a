package org.restauth.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.grant.GrantStoreContract;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.Profile;

class RedisGrantStoreTest extends GrantStoreContract {
    private static final PasswordHash HASH = PasswordHash.create("pw".toCharArray(), new SecureRandom(), 100_000);

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
    void removePerson_removesTheirGrants_andNoOneElses() {
        RedisStores stores = SharedRedis.flushed();
        GrantStore grants = stores.grantStore();
        stores.personStore().add(new Person(8055, "ann@example.com", HASH, Profile.EMPTY, false, T0, T0));
        grants.grant(8055, APP_A, Set.of("email"), T0);
        grants.authorize(8055, APP_B, T0);
        grants.authorize(8056, APP_A, T0);

        assertTrue(stores.personStore().remove(8055));

        assertTrue(grants.find(8055, APP_A).isEmpty());
        assertTrue(grants.find(8055, APP_B).isEmpty());
        assertTrue(grants.listByPerson(8055).isEmpty());
        assertTrue(grants.find(8056, APP_A).isPresent(), "another person's grant stays");
        assertEquals(List.of(), SharedRedis.server().inspect().keys("*8055*"));
    }

    @Test
    void grant_keys_haveNoTtl() {
        store.grant(8055, APP_A, Set.of("email"), T0);

        for (String name : SharedRedis.server().inspect().keys("*")) {
            assertEquals(-1, SharedRedis.server().inspect().pttl(name), name);
        }
    }
}
