package org.restauth.core.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link GrantStore} must show. Extend it and implement {@link #newStore()}. */
public abstract class GrantStoreContract {
    protected static final String APP_A = "0123456789abcdef0123456789abcdef";
    protected static final String APP_B = "fedcba9876543210fedcba9876543210";
    /** Millisecond instants: what every store keeps. */
    protected static final Instant T0 = Instant.parse("2010-01-01T00:00:00.123Z");
    protected static final Instant T1 = T0.plusSeconds(60);

    protected GrantStore store;

    /** A new, empty store. */
    protected abstract GrantStore newStore();

    @BeforeEach
    void freshStore() {
        store = newStore();
    }

    @Test
    void find_nothingGranted_returnsEmpty() {
        assertTrue(store.find(8055, APP_A).isEmpty());
        assertEquals(List.of(), store.listByPerson(8055));
    }

    @Test
    void authorize_twice_keepsTheFirstTime() {
        store.authorize(8055, APP_A, T0);
        Grant again = store.authorize(8055, APP_A, T1);

        assertEquals(new Grant(8055, APP_A, T0, Map.of()), again);
        assertEquals(again, store.find(8055, APP_A).orElseThrow());
    }

    @Test
    void grant_notAuthorized_authorizesAndRecordsEachTime() {
        store.grant(8055, APP_A, Set.of("email"), T0);
        Grant grant = store.grant(8055, APP_A, Set.of("email", "offline_access"), T1);

        Grant expected = new Grant(8055, APP_A, T0, Map.of("email", T0, "offline_access", T1));
        assertEquals(expected, grant);
        assertEquals(expected, store.find(8055, APP_A).orElseThrow());
    }

    @Test
    void grant_unknownName_refusedAndNothingStored() {
        assertThrows(IllegalArgumentException.class, () -> store.grant(8055, APP_A, Set.of("email", "root"), T0));

        assertTrue(store.find(8055, APP_A).isEmpty());
    }

    @Test
    void revokePermission_held_removesOnlyThatOne() {
        store.grant(8055, APP_A, Set.of("email", "offline_access"), T0);

        assertTrue(store.revokePermission(8055, APP_A, "email"));
        assertFalse(store.revokePermission(8055, APP_A, "email"));
        assertEquals(new Grant(8055, APP_A, T0, Map.of("offline_access", T0)), store.find(8055, APP_A).orElseThrow());
    }

    @Test
    void revokePermission_noGrant_falseAndNothingCreated() {
        assertFalse(store.revokePermission(8055, APP_A, "email"));

        assertTrue(store.find(8055, APP_A).isEmpty());
    }

    @Test
    void revokeAll_authorized_removesGrantAndPermissionsOfThatAppOnly() {
        store.grant(8055, APP_A, Set.of("email"), T0);
        store.authorize(8055, APP_B, T1);
        store.authorize(8056, APP_A, T1);

        assertTrue(store.revokeAll(8055, APP_A));
        assertFalse(store.revokeAll(8055, APP_A));
        assertTrue(store.find(8055, APP_A).isEmpty());
        assertEquals(List.of(new Grant(8055, APP_B, T1, Map.of())), store.listByPerson(8055));
        assertTrue(store.find(8056, APP_A).isPresent());
    }

    @Test
    void revokeAll_thenAuthorize_startsWithoutOldPermissions() {
        store.grant(8055, APP_A, Set.of("email"), T0);
        store.revokeAll(8055, APP_A);

        assertEquals(new Grant(8055, APP_A, T1, Map.of()), store.authorize(8055, APP_A, T1));
    }

    @Test
    void listByPerson_severalApps_sortedByApiKeyWithTheirPermissions() {
        store.authorize(8055, APP_B, T1);
        store.grant(8055, APP_A, Set.of("publish_stream"), T0);

        assertEquals(List.of(new Grant(8055, APP_A, T0, Map.of("publish_stream", T0)),
                new Grant(8055, APP_B, T1, Map.of())), store.listByPerson(8055));
    }
}
