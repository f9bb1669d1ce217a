package org.restauth.server.login;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import org.restauth.core.limit.FailureLimit;

/**
 * {@code restauth.login.address.*}: failed logins per client address, over every email. By default 50
 * failures within 15 minutes lock the address for 15 minutes: room for a busy NAT's typos, not for a script.
 */
@ConfigurationProperties(AddressLockoutProperties.PREFIX)
public final class AddressLockoutProperties extends FailureLimitProperties {
    static final String PREFIX = "restauth.login.address";
    static final FailureLimit DEFAULTS =
            new FailureLimit(50, Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));

    public AddressLockoutProperties() {
        super(PREFIX, DEFAULTS);
    }
}
