package org.restauth.core.grant;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the grants, keyed by (person, application). Every node sees a change at once. Only known permission
 * names ({@link ExtendedPermission#isKnown}) are ever stored; others are refused with IllegalArgumentException.
 */
public interface GrantStore {

    /** Authorizes the application for the person; an existing grant keeps its time and permissions. */
    Grant authorize(long uid, String apiKey, Instant now);

    /**
     * Adds permissions, authorizing the application first if needed; a permission already held keeps its time.
     */
    Grant grant(long uid, String apiKey, Set<String> permissions, Instant now);

    /** Removes one permission; false if it was not held. The application stays authorized. */
    boolean revokePermission(long uid, String apiKey, String permission);

    /** Removes the grant and all its permissions; false if the application was not authorized. */
    boolean revokeAll(long uid, String apiKey);

    Optional<Grant> find(long uid, String apiKey);

    /** The person's grants, by api key. */
    List<Grant> listByPerson(long uid);
}
