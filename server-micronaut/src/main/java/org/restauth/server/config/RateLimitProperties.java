package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code restauth.api.rate-limit.*}: a token bucket per application on every method (error 4). On by
 * default: bursts of 1000, then 500 calls a second; {@code enabled=false} switches it off.
 */
@ConfigurationProperties("restauth.api.rate-limit")
public final class RateLimitProperties {
    private boolean enabled = true;
    private Integer burst = 1000;
    private Double perSecond = 500.0;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getBurst() {
        return burst;
    }

    public void setBurst(Integer burst) {
        this.burst = burst;
    }

    public Double getPerSecond() {
        return perSecond;
    }

    public void setPerSecond(Double perSecond) {
        this.perSecond = perSecond;
    }
}
