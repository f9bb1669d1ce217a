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
    void defaultIterations_isOwasp2023FigureForSha256() {
        assertEquals(600_000, PasswordHash.DEFAULT_ITERATIONS);
    }

    private static String encodedWith(String iterations, String salt, String hash) {
        return "pbkdf2-sha256$" + iterations + "$" + salt + "$" + hash;
    }

    private static final String SALT = "AAAAAAAAAAAAAAAAAAAAAA==";
    private static final String HASH = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Test
    void parse_iterationsInRange_isAccepted() {
        assertEquals(100_000, PasswordHash.parse(encodedWith("100000", SALT, HASH)).iterations());
        assertEquals(10_000_000, PasswordHash.parse(encodedWith("10000000", SALT, HASH)).iterations());
        assertTrue(PasswordHash.parse(encodedWith("210000", SALT, HASH)).needsUpgrade());
        assertFalse(PasswordHash.parse(encodedWith("600000", SALT, HASH)).needsUpgrade());
    }

    @Test
    void parse_iterationsOutOfRange_isRefusedWithTheRange() {
        for (String count : new String[] {"2000000000", "99999", "10000001", "0", "-5", "", "1e6", "99999999999"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PasswordHash.parse(encodedWith(count, SALT, HASH)), count);
            assertTrue(e.getMessage().contains("100000 to 10000000"), e.getMessage());
        }
    }

    @Test
    void parse_malformedSaltOrHash_namesTheFieldNotTheValue() {
        assertEquals("password hash salt is not base64",
                assertThrows(IllegalArgumentException.class,
                        () -> PasswordHash.parse(encodedWith("600000", "not*base64", HASH))).getMessage());
        assertEquals("password hash digest is not base64",
                assertThrows(IllegalArgumentException.class,
                        () -> PasswordHash.parse(encodedWith("600000", SALT, "zz!zz"))).getMessage());
        assertEquals("password hash salt must be 16 to 64 bytes",
                assertThrows(IllegalArgumentException.class,
                        () -> PasswordHash.parse(encodedWith("600000", "AAAA", HASH))).getMessage());
        assertEquals("password hash digest must be 32 bytes",
                assertThrows(IllegalArgumentException.class,
                        () -> PasswordHash.parse(encodedWith("600000", SALT, SALT))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.parse(encodedWith("600000", SALT, HASH) + "$"));
    }

    @Test
    void parse_encodedForm_roundTripsAndStillMatches() {
        PasswordHash hash = PasswordHash.create(PASSWORD, new SecureRandom(), 100_000);

        String encoded = hash.encoded();
        PasswordHash parsed = PasswordHash.parse(encoded);

        assertTrue(encoded.matches("pbkdf2-sha256\\$100000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}"), encoded);
        assertEquals(hash, parsed);
        assertEquals(encoded, parsed.encoded());
        assertTrue(parsed.matches(PASSWORD));
        assertEquals(100_000, parsed.iterations());
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
    void create_iterationsAboveMaximum_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.create(PASSWORD, new SecureRandom(), 10_000_001));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.create(PASSWORD, new SecureRandom(), 0));
    }

    @Test
    void toString_showsNoSaltOrHash() {
        assertEquals("PasswordHash[pbkdf2-sha256, 1000 iterations]",
                PasswordHash.create(PASSWORD, new SecureRandom(), 1000).toString());
    }
}
