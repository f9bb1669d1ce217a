package org.restauth.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTest {
    private static final PasswordHash HASH = PasswordHash.create("pw".toCharArray(), new SecureRandom(), 1000);

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 2147483648L, Long.MAX_VALUE})
    void new_uidOutsideOneTo2Pow31Minus1_isRefused(long uid) {
        assertThrows(IllegalArgumentException.class, () -> new User("a@example.com", uid, HASH));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 8055, 2147483647L})
    void new_uidInRange_isKept(long uid) {
        assertEquals(uid, new User("a@example.com", uid, HASH).uid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "no-at-sign", "@example.com"})
    void new_emailNotLikeNameAtHost_isRefused(String email) {
        assertThrows(IllegalArgumentException.class, () -> new User(email, 1, HASH));
    }

    @Test
    void new_email_isTrimmedAndLowerCased() {
        assertEquals("alice@example.com", new User(" Alice@Example.COM ", 1, HASH).email());
    }

    @Test
    void authenticate_directory_findsByNormalizedEmailOnly() {
        InMemoryUserDirectory users = InMemoryUserDirectory.of(new User("alice@example.com", 7, HASH));

        assertEquals(OptionalLong.of(7), users.authenticate("ALICE@example.com", "pw".toCharArray()));
        assertEquals(OptionalLong.empty(), users.authenticate("alice@example.com", "PW".toCharArray()));
        assertEquals(OptionalLong.empty(), users.authenticate("bob@example.com", "pw".toCharArray()));
        assertEquals(OptionalLong.empty(), users.authenticate(null, "pw".toCharArray()));
    }

    @Test
    void mayHoldSession_directory_onlyForItsOwnPeople() {
        InMemoryUserDirectory users = InMemoryUserDirectory.of(new User("alice@example.com", 7, HASH));

        assertTrue(users.mayHoldSession(7, Instant.EPOCH));
        assertFalse(users.mayHoldSession(8, Instant.EPOCH));
        assertFalse(InMemoryUserDirectory.of().mayHoldSession(7, Instant.EPOCH));
    }
}
