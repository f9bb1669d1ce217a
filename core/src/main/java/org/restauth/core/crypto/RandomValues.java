package org.restauth.core.crypto;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Bearer values from a cryptographic RNG, written as lower-case hex (clients strip non-word characters). */
public final class RandomValues {
    private static final HexFormat HEX = HexFormat.of();
    private static final int SEED_BYTES = 32;

    private final ThreadLocal<SecureRandom> random;

    /** Every thread draws from this one generator. */
    public RandomValues(SecureRandom random) {
        this.random = ThreadLocal.withInitial(() -> random);
    }

    private RandomValues(ThreadLocal<SecureRandom> random) {
        this.random = random;
    }

    /**
     * One SHA1PRNG per thread, each seeded with 256 bits from the platform's seed source (on Linux
     * {@code /dev/random}, non-blocking once the kernel pool is initialized). Why not the default
     * {@code new SecureRandom()}: on Linux it is one NativePRNG for the whole process, whose every call
     * takes a global lock and reads {@code /dev/urandom}; it ran at half the speed single-threaded and
     * serialises all threads (bench/README.md). SHA1PRNG is still a cryptographic RNG (the JDK mixes it
     * into NativePRNG's output itself); its security rests on the seed, which is why it is set explicitly
     * from the strong source before first use instead of relying on self-seeding. DRBG was slower than
     * both for 16-byte requests.
     */
    public static RandomValues secure() {
        SecureRandom seeds = new SecureRandom();
        return new RandomValues(ThreadLocal.withInitial(() -> seeded(seeds)));
    }

    private static SecureRandom seeded(SecureRandom seeds) {
        try {
            SecureRandom generator = SecureRandom.getInstance("SHA1PRNG");
            generator.setSeed(seeds.generateSeed(SEED_BYTES)); // before any output: the only seed
            return generator;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA1PRNG", e);
        }
    }

    /** {@code bytes} random bytes as {@code 2 * bytes} lower-case hex characters. */
    public String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.get().nextBytes(b);
        return HEX.formatHex(b);
    }
}
