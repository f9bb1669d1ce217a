package org.restauth.core.user;

import java.util.List;
import java.util.Optional;

/**
 * Port: the people of the system of record, changed while the server runs (the CLI writes, every node reads
 * the change at once). Emails are unique after normalization.
 */
public interface PersonStore {

    enum AddResult { ADDED, EMAIL_TAKEN, UID_TAKEN }

    /**
     * Adds a person. A uid of 0 in {@code person} asks the store to assign one (the next free uid, below 2^31);
     * the person as stored is then found with {@link #byEmail}.
     */
    AddResult add(Person person);

    Optional<Person> byUid(long uid);

    Optional<Person> byEmail(String email);

    /** Replaces the stored person with the same uid; false if there is none. The email is not changed by this. */
    boolean update(Person person);

    /** False if there was none. */
    boolean remove(long uid);

    /**
     * Whether this store can change the person with this uid; false for one it serves read only (the deprecated
     * users file), for whom nothing is ever written, not even a stronger password hash.
     */
    default boolean isWritable(long uid) {
        return true;
    }

    /** Everyone, by uid. */
    List<Person> list();
}
