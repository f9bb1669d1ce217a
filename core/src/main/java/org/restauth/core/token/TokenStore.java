package org.restauth.core.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.restauth.core.limit.Admission;

/**
 * Port: where tokens live between createToken and getSession. Implementations key by a digest of the
 * token, never the token itself, and never evict a live token to make room.
 */
public interface TokenStore {

    /** LIMIT_REACHED: a cap on live tokens; RATE_LIMITED: a limiter of {@link #createAdmitted} refused the call. */
    enum CreateResult { CREATED, LIMIT_REACHED, RATE_LIMITED }

    enum ApproveResult { APPROVED, UNKNOWN, ALREADY_APPROVED, OTHER_APPLICATION }

    /** Stores a new ISSUED token, unless a cap on live tokens is reached. */
    CreateResult create(String token, String apiKey, Instant expiresAt, Instant now);

    /**
     * Takes one call from each limiter, in order, and creates the token only if every one let it through:
     * RATE_LIMITED at the first refusal (the limiters after it are not drawn from, nothing is stored), else what
     * {@link #create} answers. A store that holds the limiters' buckets itself may do it all in one round trip
     * and complete the stage later, on a thread of its own, without blocking the caller; this default asks the
     * limiters and {@link #create} on the calling thread and returns a completed stage. A stage that fails, fails
     * with the same exceptions as {@link #create}.
     */
    default CompletionStage<CreateResult> createAdmitted(String token, String apiKey, Instant expiresAt, Instant now,
                                                         List<Admission> admissions) {
        for (Admission admission : admissions) {
            if (!admission.tryAcquire(now)) {
                return CompletableFuture.completedFuture(CreateResult.RATE_LIMITED);
            }
        }
        return CompletableFuture.completedFuture(create(token, apiKey, expiresAt, now));
    }

    /** ISSUED → APPROVED for {@code uid}, only if the token is live and belongs to {@code apiKey}. */
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
