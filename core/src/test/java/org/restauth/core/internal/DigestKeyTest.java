package org.restauth.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Digests;

class DigestKeyTest {

    @Test
    void of_abc_isTheFirst128BitsOfItsSha256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223 b00361a396177a9cb410ff61f20015ad (FIPS 180-2)
        assertEquals(new DigestKey(0xba7816bf8f01cfeaL, 0x414140de5dae2223L), DigestKey.of("abc"));
    }

    @Test
    void sha256Hex_calledTwice_givesTheSameDigest() {
        String expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals(expected, Digests.sha256Hex("abc"));
        assertEquals(expected, Digests.sha256Hex("abc"));
    }

    @Test
    void toString_neverShowsTheDigest() {
        assertEquals("DigestKey[…]", DigestKey.of("abc").toString());
    }
}
