package org.restauth.core.limit;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: failures counted per key (an email, a client address) under one {@link FailureLimit}; too many lock
 * the key for a while. Only failures count: a success is {@link #clear}ed, a call that is not a failure is
 * never recorded. Keys are compared as given; implementations may hash them.
 */
public interface FailureCounter {

    /** Never locks anything. */
    FailureCounter NEVER = new FailureCounter() {
        @Override
        public Optional<Instant> lockedUntil(String key, Instant now) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> recordFailure(String key, Instant now) {
            return Optional.empty();
        }

        @Override
        public void clear(String key) {
            // nothing counted
        }
    };

    /** The end of the key's lock if it is locked at {@code now} (locked means: now is before that instant). */
    Optional<Instant> lockedUntil(String key, Instant now);

    /**
     * Counts one failure at {@code now}; the end of the lock if this failure locked the key. A key already
     * locked is not counted again (its lock stays as it is).
     */
    Optional<Instant> recordFailure(String key, Instant now);

    /** Forgets the key's failures and lockouts. */
    void clear(String key);
}
