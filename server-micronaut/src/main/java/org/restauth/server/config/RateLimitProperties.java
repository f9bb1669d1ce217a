package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code restauth.api.rate-limit.*}: a token bucket per application on every method (error 4). On by
 * default: bursts of 1000, then 500 calls a second; {@code enabled=false} switches it off.
 */
@ConfigurationProperties(RateLimitProperties.PREFIX)
public final class RateLimitProperties extends BucketProperties {
    static final String PREFIX = "restauth.api.rate-limit";

    public RateLimitProperties() {
        super(1000, 500);
    }
}
