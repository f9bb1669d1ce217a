package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code restauth.session.lifetime}: default 24h, {@code 0} for sessions that never expire. A string,
 * because Micronaut's Duration conversion refuses a bare {@code 0}; {@link Policies} converts it.
 */
@ConfigurationProperties("restauth.session")
public final class SessionProperties {
    private String lifetime = "24h";

    public String getLifetime() {
        return lifetime;
    }

    public void setLifetime(String lifetime) {
        this.lifetime = lifetime;
    }
}
