package org.restauth.core.crypto;

import java.nio.ByteBuffer;

/**
 * The first 128 bits of a value's SHA-256, as a compact map key for in-memory stores: two longs
 * instead of the bearer string, so a heap dump shows no usable token.
 */
public record DigestKey(long high, long low) {

    public static DigestKey of(String value) {
        ByteBuffer digest = ByteBuffer.wrap(Digests.sha256(value));
        return new DigestKey(digest.getLong(), digest.getLong());
    }

    @Override
    public String toString() {
        return "DigestKey[…]";
    }
}
