package org.restauth.core.crypto;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Bearer values from a cryptographic RNG, written as lower-case hex (clients strip non-word characters). */
public final class RandomValues {
    private static final HexFormat HEX = HexFormat.of();
    private final SecureRandom random;

    public RandomValues(SecureRandom random) {
        this.random = random;
    }

    public static RandomValues secure() {
        return new RandomValues(new SecureRandom());
    }

    /** {@code bytes} random bytes as {@code 2 * bytes} lower-case hex characters. */
    public String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HEX.formatHex(b);
    }
}
