package org.restauth.server.ops;

import io.micronaut.context.exceptions.ConfigurationException;
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
        return new RateLimits(
                limit(app.isEnabled(), app.getBurst(), app.getPerSecond(), "restauth.api.rate-limit."),
                limit(address.isEnabled(), address.getBurst(), address.getPerSecond(),
                        "restauth.api.address-rate-limit."));
    }

    private static Optional<RateLimit> limit(boolean enabled, Integer burst, Double perSecond, String prefix) {
        if (!enabled) {
            return Optional.empty();
        }
        if (burst == null || burst < 1) {
            throw new ConfigurationException(prefix + "burst must be at least 1 (or set " + prefix + "enabled=false)");
        }
        if (perSecond == null || !(perSecond > 0) || perSecond.isInfinite()) {
            throw new ConfigurationException(prefix + "per-second must be a number above 0");
        }
        return Optional.of(new RateLimit(burst, perSecond));
    }
}
