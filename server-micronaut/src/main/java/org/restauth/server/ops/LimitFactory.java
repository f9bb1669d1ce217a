package org.restauth.server.ops;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.request.InputRules;
import org.restauth.server.config.RateLimitProperties;

/**
 * The limits' beans. The two limiters keep their buckets in this node's memory; with
 * {@code restauth.store=redis} the store adapter provides beans of the same names whose state all
 * nodes share.
 */
@Factory
public class LimitFactory {
    static final String NOT_SHARED = "redis";

    @Singleton
    RateLimits rateLimits(RateLimitProperties application, AddressRateLimitProperties address) {
        return RateLimits.from(application, address);
    }

    @Singleton
    @Named("application")
    @Requires(property = "restauth.store", notEquals = NOT_SHARED)
    RateLimiter applicationLimiter(RateLimits limits) {
        return limits.application().<RateLimiter>map(InMemoryRateLimiter::new).orElse(RateLimiter.UNLIMITED);
    }

    @Singleton
    @Named("address")
    @Requires(property = "restauth.store", notEquals = NOT_SHARED)
    RateLimiter addressLimiter(RateLimits limits) {
        return limits.address().<RateLimiter>map(InMemoryRateLimiter::new).orElse(RateLimiter.UNLIMITED);
    }

    @Singleton
    InputRules inputRules(InputLimitProperties props) {
        atLeastOne(props.getMaxKeyLength(), "restauth.api.max-key-length");
        atLeastOne(props.getMaxValueLength(), "restauth.api.max-value-length");
        return new InputRules(props.getMaxKeyLength(), props.getMaxValueLength());
    }

    @Singleton
    ClientAddresses clientAddresses(InputLimitProperties props) {
        return new ClientAddresses(props.isTrustForwardedFor());
    }

    private static void atLeastOne(int value, String key) {
        if (value < 1) {
            throw new ConfigurationException(key + " must be at least 1");
        }
    }
}
