package org.restauth.core.token;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a token lives and how many may be live at once. The protocol only says the person "must log
 * in soon"; the closest living twin of this flow documents 60 minutes.
 *
 * @param maxLive live tokens over all applications
 * @param maxLivePerApplication live tokens of one application
 */
public record TokenPolicy(Duration lifetime, int maxLive, int maxLivePerApplication) {
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(60);
    public static final TokenPolicy DEFAULT = new TokenPolicy(DEFAULT_LIFETIME, 1_000_000, 100_000);

    public TokenPolicy {
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("token lifetime must be positive");
        }
        if (maxLive < 1 || maxLivePerApplication < 1) {
            throw new IllegalArgumentException("token caps must be at least 1");
        }
    }
}
