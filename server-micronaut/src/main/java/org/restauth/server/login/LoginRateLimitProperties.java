package org.restauth.server.login;

import io.micronaut.context.annotation.ConfigurationProperties;
import org.restauth.server.config.BucketProperties;

/**
 * {@code restauth.login.rate-limit.*}: a token bucket per email and per client address for login attempts
 * (default 5 at once, then one every 10 seconds).
 */
@ConfigurationProperties(LoginRateLimitProperties.PREFIX)
public final class LoginRateLimitProperties extends BucketProperties {
    static final String PREFIX = "restauth.login.rate-limit";

    public LoginRateLimitProperties() {
        super(PREFIX, 5, 0.1);
    }
}
