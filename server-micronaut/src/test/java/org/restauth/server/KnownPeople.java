package org.restauth.server;

import java.security.SecureRandom;
import java.time.Instant;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;

/**
 * Puts a person in the server's store, for tests that approve tokens directly in the TokenStore: getSession
 * makes a session only for a person the store knows and has not disabled.
 */
public final class KnownPeople {
    private KnownPeople() {
    }

    public static void ensure(PersonStore people, long uid) {
        if (people.byUid(uid).isEmpty()) {
            Instant now = Instant.now();
            people.add(new Person(uid, "person" + uid + "@example.com",
                    PasswordHash.create("unused".toCharArray(), new SecureRandom(), 100_000), Profile.EMPTY, false,
                    now, now));
        }
    }
}
