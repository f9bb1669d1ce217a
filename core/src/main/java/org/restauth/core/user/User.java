package org.restauth.core.user;

import java.util.Locale;
import java.util.Objects;

/** A person who can log in: an email, a uid below 2^31 (one old client parses it as an int), a password hash. */
public record User(String email, long uid, PasswordHash passwordHash) {
    public User {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        email = normalizeEmail(email);
        if (email.isEmpty() || email.indexOf('@') < 1) {
            throw new IllegalArgumentException("email must look like name@host");
        }
        if (uid <= 0 || uid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("uid must be positive and below 2^31");
        }
    }

    /** Emails compare trimmed and case-insensitively. */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
