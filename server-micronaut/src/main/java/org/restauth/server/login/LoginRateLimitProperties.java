package org.restauth.server.login;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code restauth.login.rate-limit.*}: a token bucket per email and per client address for login attempts
 * (default 5 at once, then one every 10 seconds).
 */
@ConfigurationProperties("restauth.login.rate-limit")
public final class LoginRateLimitProperties {
    private int burst = 5;
    private double perSecond = 0.1;

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
