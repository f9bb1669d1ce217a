package org.restauth.core.user;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Logs people in from a {@link PersonStore}. A stored hash cheaper than {@link PasswordHash#DEFAULT_ITERATIONS}
 * is re-hashed at the person's next successful login and written back, so old hashes grow to today's cost
 * without anyone resetting a password.
 */
public final class PersonDirectory implements UserDirectory {
    private static final System.Logger LOG = System.getLogger(PersonDirectory.class.getName());

    private final PersonStore store;
    private final Clock clock;
    private final SecureRandom random;
    /** Checked against when the email is unknown, so that costs what a real check costs. */
    private final PasswordHash decoy;

    public PersonDirectory(PersonStore store, Clock clock, SecureRandom random) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.decoy = PasswordHash.create("decoy".toCharArray(), random, PasswordHash.DEFAULT_ITERATIONS);
    }

    /** Empty for an unknown email, a wrong password and a disabled person alike, each after one hash check. */
    @Override
    public OptionalLong authenticate(String email, char[] password) {
        Optional<Person> found = email == null ? Optional.empty() : store.byEmail(email);
        if (found.isEmpty()) {
            decoy.matches(password);
            return OptionalLong.empty();
        }
        Person person = found.get();
        // the hash is checked before "disabled", so a disabled account answers as slowly as any other
        if (!person.passwordHash().matches(password) || person.disabled()) {
            return OptionalLong.empty();
        }
        if (person.passwordHash().needsUpgrade() && store.isWritable(person.uid())) {
            upgrade(person, password);
        }
        return OptionalLong.of(person.uid());
    }

    /**
     * Writes a new hash unless the person changed meanwhile (a new password set by the CLI wins). A store that
     * cannot write now does not fail the login: the next login tries again.
     */
    private void upgrade(Person person, char[] password) {
        PasswordHash stronger = PasswordHash.create(password, random);
        try {
            store.byUid(person.uid())
                    .filter(current -> current.passwordHash().equals(person.passwordHash()))
                    .ifPresent(current -> store.update(current.withUpgradedHash(stronger, clock.instant())));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not store the upgraded password hash of uid "
                    + person.uid() + ": " + e.getClass().getSimpleName());
        }
    }

    @Override
    public boolean mayHoldSession(long uid, Instant approvedAt) {
        return store.byUid(uid)
                // in milliseconds: stores keep a token's approval time to the millisecond, a clock may give more
                .filter(person -> !person.disabled()
                        && approvedAt.toEpochMilli() >= person.credentialsChanged().toEpochMilli())
                .isPresent();
    }
}
