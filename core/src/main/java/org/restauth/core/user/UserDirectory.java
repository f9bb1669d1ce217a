package org.restauth.core.user;

import java.time.Instant;
import java.util.OptionalLong;

/** Port: the people who can log in. */
public interface UserDirectory {

    /**
     * The uid of the person with this email and password; empty for an unknown email or a wrong
     * password alike, taking about as long either way.
     */
    OptionalLong authenticate(String email, char[] password);

    /**
     * True if this person may be given a session for a token they approved at {@code approvedAt}: known, not
     * disabled, and their password unchanged (and the person not disabled) since. auth.getSession asks it, so a
     * token approved before a removal, a disable or a new password is void. The default knows no way to change
     * anyone.
     */
    default boolean mayHoldSession(long uid, Instant approvedAt) {
        return true;
    }
}
