package org.restauth.core.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.restauth.core.crypto.Digests;

/**
 * The first 128 bits of a value's SHA-256, as a compact map key for in-memory stores: two longs
 * instead of the bearer string, so a heap dump shows no usable token.
 */
public record DigestKey(long high, long low) {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    public static DigestKey of(String value) {
        byte[] digest = Digests.sha256(value);
        return new DigestKey((long) LONGS.get(digest, 0), (long) LONGS.get(digest, 8));
    }

    @Override
    public String toString() {
        return "DigestKey[…]";
    }
}
