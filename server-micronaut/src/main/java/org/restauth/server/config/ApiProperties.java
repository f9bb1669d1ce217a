package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import org.restauth.core.api.RestApiBuilder;

/**
 * {@code restauth.api.*}: the parameter cap (error 105 above it), validated at start. The rate limit is
 * {@link RateLimitProperties}, the pool calls run on {@code store/CallPoolProperties}.
 */
@ConfigurationProperties("restauth.api")
public final class ApiProperties {
    @Min(value = 1, message = "must be at least 1")
    private int maxParams = RestApiBuilder.DEFAULT_MAX_PARAMS;

    public int getMaxParams() {
        return maxParams;
    }

    public void setMaxParams(int maxParams) {
        this.maxParams = maxParams;
    }
}
