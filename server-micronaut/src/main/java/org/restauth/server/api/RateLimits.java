package org.restauth.server.api;

import java.util.Optional;
import org.restauth.core.limit.RateLimit;
import org.restauth.server.config.RateLimitProperties;

/**
 * The two configured token buckets, checked at start (a bad value names its key). Empty when switched off.
 *
 * @param application per api key, on every method: {@code restauth.api.rate-limit.*}
 * @param address per client address, on auth.createToken: {@code restauth.api.address-rate-limit.*}
 */
public record RateLimits(Optional<RateLimit> application, Optional<RateLimit> address) {

    static RateLimits from(RateLimitProperties app, AddressRateLimitProperties address) {
        return new RateLimits(app.rateLimit(), address.rateLimit());
    }
}
