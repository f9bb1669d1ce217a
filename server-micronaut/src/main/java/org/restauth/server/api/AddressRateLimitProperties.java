package org.restauth.server.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import org.restauth.server.config.BucketProperties;

/**
 * {@code restauth.api.address-rate-limit.*}: a token bucket per client address on auth.createToken
 * (error 4). Default: bursts of 100, 10 a second after that, so one address can hold at most ~36 000
 * live tokens of the default 60 minutes, well under the per-application cap.
 */
@ConfigurationProperties(AddressRateLimitProperties.PREFIX)
public final class AddressRateLimitProperties extends BucketProperties {
    static final String PREFIX = "restauth.api.address-rate-limit";

    public AddressRateLimitProperties() {
        super(100, 10);
    }
}
