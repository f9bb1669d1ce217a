package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code restauth.api.rate-limit.*}: a token bucket per application (error 4); off unless configured. */
@ConfigurationProperties("restauth.api.rate-limit")
public final class RateLimitProperties {
    private Integer burst;
    private Double perSecond;

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
