package org.restauth.core.session;

import java.time.Instant;
import java.util.Optional;
import org.restauth.core.crypto.Secret;

/** Port: the sessions handed out by auth.getSession, keyed by a digest of the session key. */
public interface SessionStore {

    /** Stores a new session; false when a cap on sessions is reached (nothing live is evicted). */
    boolean create(String sessionKey, StoredSession session, Instant now);

    SessionLookup find(String sessionKey, Instant now);

    /** Ends the session; false if it was not known. */
    boolean remove(String sessionKey);

    /**
     * The session's secret, setting {@code candidate} atomically if it has none. Empty if the session
     * is not live.
     */
    Optional<Secret> secretOrSet(String sessionKey, Secret candidate, Instant now);

    /** Ends every session of this person with this application; returns how many were live. */
    int removeAll(String apiKey, long uid, Instant now);

    /**
     * Ends every session of this person with every application, ended ones still in their grace too (the person
     * was disabled, removed or given a new password: no call with an old session may get more than 102).
     * Returns how many were held.
     */
    int removeAllOf(long uid);

    /**
     * Makes every live session of this person with this application never expire (they granted it
     * offline_access); returns how many. Sessions already past their expiry stay expired.
     */
    int neverExpire(String apiKey, long uid, Instant now);

    /** Sessions held, all applications. */
    long liveCount(Instant now);
}
