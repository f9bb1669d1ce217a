package org.restauth.core.limit;

import java.time.Instant;

/** Port: may one more call under this key go ahead now? */
public interface RateLimiter {

    /** Never limits. */
    RateLimiter UNLIMITED = (key, now) -> true;

    boolean tryAcquire(String key, Instant now);
}
