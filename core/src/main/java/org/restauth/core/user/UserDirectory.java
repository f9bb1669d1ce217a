package org.restauth.core.user;

import java.util.OptionalLong;

/** Port: the people who can log in. */
public interface UserDirectory {

    /**
     * The uid of the person with this email and password; empty for an unknown email or a wrong
     * password alike, taking about as long either way.
     */
    OptionalLong authenticate(String email, char[] password);

    /**
     * True if this person may still be given a session: known and not disabled. auth.getSession asks it, so a
     * token approved for someone removed or disabled since is void. The default knows no way to remove anyone.
     */
    default boolean mayHoldSession(long uid) {
        return true;
    }
}
