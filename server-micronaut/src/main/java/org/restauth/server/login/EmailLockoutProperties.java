package org.restauth.server.login;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import org.restauth.core.limit.FailureLimit;

/**
 * {@code restauth.login.email.*}: failed logins per email (the account). By default 5 failures within 15
 * minutes lock the email for 1 minute, doubling at each further lockout up to 15 minutes (docs/security.md).
 */
@ConfigurationProperties(EmailLockoutProperties.PREFIX)
public final class EmailLockoutProperties extends FailureLimitProperties {
    static final String PREFIX = "restauth.login.email";
    static final FailureLimit DEFAULTS =
            new FailureLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));

    public EmailLockoutProperties() {
        super(PREFIX, DEFAULTS);
    }
}
