package org.restauth.core.user;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a per-user random salt. Stored as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (base64), so the iteration count can grow later
 * (a login re-hashes a stored hash below {@link #DEFAULT_ITERATIONS}, see {@link #needsUpgrade()}).
 */
public final class PasswordHash {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 (210 000 is the figure for HMAC-SHA512). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** The fewest iterations {@link #parse} accepts: OWASP's 2021 figure, below it a stored hash is too cheap. */
    public static final int MIN_STORED_ITERATIONS = 100_000;
    /** The most iterations {@link #parse} accepts, so an edited file cannot make one login a minute of CPU. */
    public static final int MAX_ITERATIONS = 10_000_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int MAX_SALT_BYTES = 64;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    public static PasswordHash create(char[] password, SecureRandom random) {
        return create(password, random, DEFAULT_ITERATIONS);
    }

    /**
     * Any count from 1 up: tests use a few thousand to stay fast. Such a hash is refused by {@link #parse},
     * so it can live in memory but not in a file a server reads.
     */
    public static PasswordHash create(char[] password, SecureRandom random, int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be from 1 to " + MAX_ITERATIONS);
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /**
     * Reads the stored form written by {@link #encoded()}. Refuses an iteration count outside
     * {@value #MIN_STORED_ITERATIONS}..{@value #MAX_ITERATIONS} and a salt or hash that is not base64 of the
     * right length; the message says which field is wrong, never its value.
     */
    public static PasswordHash parse(String encoded) {
        String[] parts = Objects.requireNonNull(encoded, "encoded").split("\\$", -1);
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a pbkdf2-sha256 password hash");
        }
        int iterations = parseIterations(parts[1]);
        byte[] salt = decode(parts[2], "salt");
        if (salt.length < SALT_BYTES || salt.length > MAX_SALT_BYTES) {
            throw new IllegalArgumentException("password hash salt must be " + SALT_BYTES + " to " + MAX_SALT_BYTES
                    + " bytes");
        }
        byte[] hash = decode(parts[3], "digest");
        if (hash.length != HASH_BITS / 8) {
            throw new IllegalArgumentException("password hash digest must be " + HASH_BITS / 8 + " bytes");
        }
        return new PasswordHash(iterations, salt, hash);
    }

    private static int parseIterations(String text) {
        // at most 10 digits, read as a long: a longer number is out of range anyway
        if (!text.matches("[0-9]{1,10}")) {
            throw new IllegalArgumentException("password hash iteration count must be a number from "
                    + MIN_STORED_ITERATIONS + " to " + MAX_ITERATIONS);
        }
        long iterations = Long.parseLong(text);
        if (iterations < MIN_STORED_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("password hash iteration count " + iterations + " is outside "
                    + MIN_STORED_ITERATIONS + " to " + MAX_ITERATIONS);
        }
        return (int) iterations;
    }

    private static byte[] decode(String base64, String field) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("password hash " + field + " is not base64");
        }
    }

    /** Constant-time check of a candidate password. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public int iterations() {
        return iterations;
    }

    /** True when this hash is cheaper than new ones: the next successful login should re-hash the password. */
    public boolean needsUpgrade() {
        return iterations < DEFAULT_ITERATIONS;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash other && iterations == other.iterations
                && Arrays.equals(salt, other.salt) && MessageDigest.isEqual(hash, other.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "PasswordHash[pbkdf2-sha256, " + iterations + " iterations]";
    }
}
