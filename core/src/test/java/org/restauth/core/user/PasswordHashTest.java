package org.restauth.core.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHashTest {
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @Test
    void defaultIterations_isAtLeastOwasp2023Figure() {
        assertTrue(PasswordHash.DEFAULT_ITERATIONS >= 210_000);
    }

    @Test
    void parse_encodedForm_roundTripsAndStillMatches() {
        PasswordHash hash = PasswordHash.create(PASSWORD, new SecureRandom(), 1000);

        String encoded = hash.encoded();
        PasswordHash parsed = PasswordHash.parse(encoded);

        assertTrue(encoded.matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}"), encoded);
        assertEquals(hash, parsed);
        assertEquals(encoded, parsed.encoded());
        assertTrue(parsed.matches(PASSWORD));
        assertEquals(1000, parsed.iterations());
    }

    @Test
    void matches_wrongPassword_isFalse() {
        PasswordHash hash = PasswordHash.create(PASSWORD, new SecureRandom(), 1000);

        assertFalse(hash.matches("correct horse battery stapl".toCharArray()));
        assertFalse(hash.matches(new char[0]));
    }

    @Test
    void create_samePasswordTwice_differsBySalt() {
        PasswordHash first = PasswordHash.create(PASSWORD, new SecureRandom(), 1000);
        PasswordHash second = PasswordHash.create(PASSWORD, new SecureRandom(), 1000);

        assertFalse(first.encoded().equals(second.encoded()));
    }

    @Test
    void parse_notAPbkdf2Hash_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("bcrypt$10$abc$def"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse("pbkdf2-sha256$1000$abc"));
    }

    @Test
    void toString_showsNoSaltOrHash() {
        assertEquals("PasswordHash[pbkdf2-sha256, 1000 iterations]",
                PasswordHash.create(PASSWORD, new SecureRandom(), 1000).toString());
    }
}
