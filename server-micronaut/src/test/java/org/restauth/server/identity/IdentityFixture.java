package org.restauth.server.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.StoredSession;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;

/**
 * docs/protocol.md §15's fixture in a running server's own stores: person 8055 "Dave Fetterman" who has
 * authorized the app with no extended permissions, and the session {@code 5f34e11bfb97c762e439e6a5-8055}.
 */
final class IdentityFixture {
    static final String API_KEY = "0123456789abcdef0123456789abcdef";
    static final String SECRET = "secretsecretsecretsecretsecret12";
    static final String SESSION = "5f34e11bfb97c762e439e6a5-8055";
    static final long UID = 8055;
    static final String EMAIL = "dave@example.org";
    static final String PASSWORD = "dave's own password";
    /** 2033: far enough for any run, below 2^31 as the schema wants. */
    static final long SESSION_EXPIRES = 2_000_000_000L;

    private IdentityFixture() {
    }

    /** Back to the fixture's state, whatever an earlier test changed. */
    static void reset(PersonStore people, GrantStore grants, SessionStore sessions) {
        if (people.byUid(UID).isEmpty()) {
            Instant at = Instant.parse("2010-01-01T00:00:00Z");
            Profile profile = new Profile("Dave Fetterman", "Dave", "Fetterman", "en_US", "").withTimezone("-8");
            people.add(new Person(UID, EMAIL, PasswordHash.create(PASSWORD.toCharArray(), new SecureRandom(), 100_000),
                    profile, false, at, at));
        }
        grants.revokeAll(UID, API_KEY);
        grants.authorize(UID, API_KEY, Instant.parse("2010-01-01T00:00:00Z"));
        sessions.remove(SESSION);
        sessions.create(SESSION, new StoredSession(API_KEY, UID, SESSION_EXPIRES, Optional.empty()), Instant.now());
    }
}
