package org.restauth.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of tokens and session keys: stores hold the digest, never the bearer value itself. */
public final class Digests {
    private static final HexFormat HEX = HexFormat.of();

    private Digests() {
    }

    public static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Lower-case hex of the SHA-256: the form used in external stores' key names. */
    public static String sha256Hex(String value) {
        return HEX.formatHex(sha256(value));
    }
}
