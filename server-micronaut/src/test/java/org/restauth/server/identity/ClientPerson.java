package org.restauth.server.identity;

import java.security.SecureRandom;
import java.time.Instant;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;

/** A person of the client tests, who logs in with email and password and whose profile the calls must return. */
record ClientPerson(long uid, String email, String password, Profile profile) {

    /** In the server's store, as {@code restauth user add} puts people; once. */
    void addTo(PersonStore people) {
        if (people.byUid(uid).isEmpty()) {
            Instant at = Instant.parse("2010-01-01T00:00:00Z");
            PasswordHash hash = PasswordHash.create(password.toCharArray(), new SecureRandom(),
                    PasswordHash.MIN_STORED_ITERATIONS);
            people.add(new Person(uid, email, hash, profile, false, at, at));
        }
    }

    @Override
    public String toString() {
        return "ClientPerson[uid=" + uid + "]";
    }
}
