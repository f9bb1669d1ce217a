package org.restauth.server.api;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.request.InputRules;
import org.restauth.core.store.Stores;
import org.restauth.server.config.RateLimitProperties;

/**
 * The limits' beans. The two limiters keep their buckets in the configured state store: this node's
 * memory, or with {@code restauth.store=redis} a Redis that all nodes share.
 */
@Factory
public class LimitFactory {
    /** The per-application limiter's name in the store (the name it had before the per-address one came). */
    static final String APPLICATION = "app";
    static final String ADDRESS = "address";

    @Singleton
    RateLimits rateLimits(RateLimitProperties application, AddressRateLimitProperties address) {
        return RateLimits.from(application, address);
    }

    @Singleton
    @Named("application")
    RateLimiter applicationLimiter(RateLimits limits, Stores stores) {
        return limits.application().map(limit -> stores.limiters().named(APPLICATION, limit)).orElse(RateLimiter.UNLIMITED);
    }

    @Singleton
    @Named("address")
    RateLimiter addressLimiter(RateLimits limits, Stores stores) {
        return limits.address().map(limit -> stores.limiters().named(ADDRESS, limit)).orElse(RateLimiter.UNLIMITED);
    }

    @Singleton
    InputRules inputRules(InputLimitProperties props) {
        return new InputRules(props.getMaxKeyLength(), props.getMaxValueLength());
    }

    /** Eager: a wrong restauth.trusted-proxies entry stops the start. */
    @Context
    ClientAddresses clientAddresses(InputLimitProperties props,
                                    @Nullable @Property(name = "restauth.trusted-proxies") List<String> proxies) {
        return new ClientAddresses(props.isTrustForwardedFor(), TrustedProxies.of(proxies));
    }

    /** Multipart bodies get the limits configured for Micronaut's own form decoder. */
    @Singleton
    RequestParameters requestParameters(NettyHttpServerConfiguration netty) {
        return new RequestParameters(netty.getFormMaxFields(), netty.getFormMaxBufferedBytes());
    }
}
