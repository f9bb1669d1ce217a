package org.restauth.server.config;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Optional;
import org.restauth.core.limit.RateLimit;

/**
 * The settings of one token bucket: {@code enabled}, {@code burst}, {@code per-second} under a prefix.
 * Checked at start: a bad value stops the server with a message naming its key.
 */
public abstract class BucketProperties {
    private final String prefix;
    private boolean enabled = true;
    private Integer burst;
    private Double perSecond;

    protected BucketProperties(String prefix, int burst, double perSecond) {
        this.prefix = prefix + ".";
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** The bucket, or empty when switched off. */
    public Optional<RateLimit> rateLimit() {
        if (!enabled) {
            return Optional.empty();
        }
        if (burst == null || burst < 1) {
            throw new ConfigurationException(prefix + "burst must be at least 1 (or set " + prefix + "enabled=false)");
        }
        if (perSecond == null || !(perSecond > 0) || perSecond.isInfinite()) {
            throw new ConfigurationException(prefix + "per-second must be a number above 0");
        }
        return Optional.of(new RateLimit(burst, perSecond));
    }

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
