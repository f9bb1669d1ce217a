package org.restauth.core.user;

import java.time.Instant;
import java.util.Objects;

/**
 * A person as the system of record keeps them. {@code toString} never prints the password hash.
 *
 * @param uid positive and below 2^31 (one old client parses it as an int); 0 only in a person not yet added,
 *            for whom {@link PersonStore#add} assigns one
 * @param email normalized ({@link User#normalizeEmail}); unique in a store
 * @param credentialsChanged when the password was last set or the person last disabled: a token approved
 *                           before it is void ({@link UserDirectory#mayHoldSession})
 */
public record Person(long uid, String email, PasswordHash passwordHash, Profile profile, boolean disabled,
                     Instant created, Instant updated, Instant credentialsChanged) {
    public Person {
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(credentialsChanged, "credentialsChanged");
        if (uid < 0 || uid > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("uid must be positive and below 2^31");
        }
        email = new User(email, 1, passwordHash).email(); // the same email checks as a User's
    }

    /** A person whose password was set when they were created. */
    public Person(long uid, String email, PasswordHash passwordHash, Profile profile, boolean disabled,
                  Instant created, Instant updated) {
        this(uid, email, passwordHash, profile, disabled, created, updated, created);
    }

    public Person withUid(long assigned) {
        return new Person(assigned, email, passwordHash, profile, disabled, created, updated, credentialsChanged);
    }

    public User user() {
        return new User(email, uid, passwordHash);
    }

    /** A new password: every token approved with the old one is void. */
    public Person withPasswordHash(PasswordHash hash, Instant now) {
        return new Person(uid, email, hash, profile, disabled, created, now, now);
    }

    /**
     * The same password under a stronger hash (re-hashed at a login): not a credential change, so the token that
     * login approves stays good.
     */
    public Person withUpgradedHash(PasswordHash hash, Instant now) {
        return new Person(uid, email, hash, profile, disabled, created, now, credentialsChanged);
    }

    public Person withProfile(Profile newProfile, Instant now) {
        return new Person(uid, email, passwordHash, newProfile, disabled, created, now, credentialsChanged);
    }

    /** Disabling voids the tokens approved until now, so enabling again does not bring them back. */
    public Person withDisabled(boolean value, Instant now) {
        return new Person(uid, email, passwordHash, profile, value, created, now, value ? now : credentialsChanged);
    }

    @Override
    public String toString() {
        return "Person[uid=" + uid + ", email=" + email + ", disabled=" + disabled + "]";
    }
}
