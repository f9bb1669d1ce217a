package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import org.restauth.core.api.RestApiBuilder;

/** {@code restauth.api.*}: the parameter cap (error 105 above it); the rate limit is {@link RateLimitProperties}. */
@ConfigurationProperties("restauth.api")
public final class ApiProperties {
    private int maxParams = RestApiBuilder.DEFAULT_MAX_PARAMS;

    public int getMaxParams() {
        return maxParams;
    }

    public void setMaxParams(int maxParams) {
        this.maxParams = maxParams;
    }
}
