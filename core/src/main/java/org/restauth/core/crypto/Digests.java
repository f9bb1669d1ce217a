package org.restauth.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of tokens and session keys: stores hold the digest, never the bearer value itself. */
public final class Digests {
    private static final HexFormat HEX = HexFormat.of();
    /**
     * One digest per thread, reused: {@code MessageDigest.getInstance} per call costs a provider lookup
     * and about 400 bytes of fresh state, more than hashing a token itself. {@code digest()} resets it.
     */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> newDigest("SHA-256"));

    private Digests() {
    }

    public static byte[] sha256(String value) {
        return SHA256.get().digest(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex of the SHA-256: the form used in external stores' key names. */
    public static String sha256Hex(String value) {
        return HEX.formatHex(sha256(value));
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }
}
