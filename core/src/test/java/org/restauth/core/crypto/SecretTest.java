package org.restauth.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restauth.core.internal.DigestKey;

class SecretTest {
    private static final String VALUE = "secretsecretsecretsecretsecret12";

    @Test
    void toString_neverShowsTheValue() {
        Secret secret = Secret.of(VALUE);

        assertEquals("Secret[32 chars]", secret.toString());
        assertEquals("Optional[Secret[32 chars]]", Optional.of(secret).toString());
    }

    @Test
    void matches_sameValueOnly() {
        Secret secret = Secret.of(VALUE);

        assertTrue(secret.matches(VALUE));
        assertFalse(secret.matches(VALUE.toUpperCase()));
        assertFalse(secret.matches(null));
        assertEquals(Secret.of(VALUE), secret);
        assertNotEquals(Secret.of("other"), secret);
        assertEquals(VALUE, secret.reveal());
    }

    @Test
    void of_emptyValue_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> Secret.of(""));
    }

    @Test
    void digestKey_toString_showsNoDigest() {
        assertEquals("DigestKey[…]", DigestKey.of(VALUE).toString());
        assertEquals(DigestKey.of(VALUE), DigestKey.of(VALUE));
    }

    @Test
    void sha256Hex_knownValue_matchesStandardDigest() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Digests.sha256Hex("abc"));
    }
}
