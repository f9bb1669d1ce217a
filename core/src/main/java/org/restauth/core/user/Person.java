package org.restauth.core.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A person as the system of record keeps them. {@code toString} never prints the password hash.
 *
 * @param uid positive and below 2^31 (one old client parses it as an int); 0 only in a person not yet added,
 *            for whom {@link PersonStore#add} assigns one
 * @param email normalized ({@link User#normalizeEmail}); unique in a store
 */
public record Person(long uid, String email, PasswordHash passwordHash, Profile profile, boolean disabled,
                     Instant created, Instant updated) {
    public Person {
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (uid < 0 || uid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("uid must be positive and below 2^31");
        }
        email = new User(email, 1, passwordHash).email(); // the same email checks as a User's
    }

    public Person withUid(long assigned) {
        return new Person(assigned, email, passwordHash, profile, disabled, created, updated);
    }

    public User user() {
        return new User(email, uid, passwordHash);
    }

    public Person withPasswordHash(PasswordHash hash, Instant now) {
        return new Person(uid, email, hash, profile, disabled, created, now);
    }

    public Person withProfile(Profile newProfile, Instant now) {
        return new Person(uid, email, passwordHash, newProfile, disabled, created, now);
    }

    public Person withDisabled(boolean value, Instant now) {
        return new Person(uid, email, passwordHash, profile, value, created, now);
    }

    @Override
    public String toString() {
        return "Person[uid=" + uid + ", email=" + email + ", disabled=" + disabled + "]";
    }
}
