package org.restauth.core.token;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: where tokens live between createToken and getSession. Implementations key by a digest of the
 * token, never the token itself, and never evict a live token to make room. Every method may throw
 * {@link org.restauth.core.error.StoreUnavailableException}.
 */
public interface TokenStore {

    /** LIMIT_REACHED: a cap on live tokens. */
    enum CreateResult { CREATED, LIMIT_REACHED }

    enum ApproveResult { APPROVED, UNKNOWN, ALREADY_APPROVED, OTHER_APPLICATION }

    /** Stores a new ISSUED token, unless a cap on live tokens is reached. */
    CreateResult create(String token, String apiKey, Instant expiresAt, Instant now);

    /**
     * ISSUED → APPROVED for {@code uid} at {@code now} (kept as {@link StoredToken#approvedAtMillis}), only if the
     * token is live and belongs to {@code apiKey}.
     */
    ApproveResult approve(String token, String apiKey, long uid, Instant now);

    /**
     * Removes the token whatever its state and returns what it was, if it was live. Atomic: of any
     * number of concurrent callers, exactly one gets it.
     */
    Optional<StoredToken> consume(String token, Instant now);

    /** The live token, unchanged, for the login page. */
    Optional<StoredToken> peek(String token, Instant now);

    /** Live tokens, all applications. */
    long liveCount(Instant now);
}
