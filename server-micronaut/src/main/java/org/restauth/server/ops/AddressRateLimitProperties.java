package org.restauth.server.ops;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code restauth.api.address-rate-limit.*}: a token bucket per client address on auth.createToken
 * (error 4). Default: bursts of 100, 10 a second after that, so one address can hold at most ~36 000
 * live tokens of the default 60 minutes, well under the per-application cap.
 */
@ConfigurationProperties("restauth.api.address-rate-limit")
public final class AddressRateLimitProperties {
    private boolean enabled = true;
    private int burst = 100;
    private double perSecond = 10;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getBurst() {
        return burst;
    }

    public void setBurst(int burst) {
        this.burst = burst;
    }

    public double getPerSecond() {
        return perSecond;
    }

    public void setPerSecond(double perSecond) {
        this.perSecond = perSecond;
    }
}
