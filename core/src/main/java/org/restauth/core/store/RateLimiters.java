package org.restauth.core.store;

import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;

/** Port: makes the rate limiters of a store, each with buckets of its own. */
@FunctionalInterface
public interface RateLimiters {

    /** @param name keeps this limiter's buckets apart from other limiters' (say "app", "address", "login") */
    RateLimiter named(String name, RateLimit limit);
}
