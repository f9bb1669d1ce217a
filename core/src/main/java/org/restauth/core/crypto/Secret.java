package org.restauth.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * An application or session secret. Not a record: its {@code toString} must never print the value.
 */
public final class Secret {
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a secret cannot be empty");
        }
        return new Secret(value);
    }

    /** The value itself, for signing and for the one protocol answer that hands it out. */
    public String reveal() {
        return value;
    }

    /** Constant-time comparison. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && matches(other.value);
    }

    @Override
    public int hashCode() {
        return 0; // equal secrets must share a hash; a real hash would leak a little of the value
    }

    @Override
    public String toString() {
        return "Secret[" + value.length() + " chars]";
    }
}
