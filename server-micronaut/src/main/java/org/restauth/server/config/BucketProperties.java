package org.restauth.server.config;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.restauth.core.limit.RateLimit;

/**
 * The settings of one token bucket: {@code enabled}, {@code burst}, {@code per-second} under a prefix.
 * Validated at start, switched off or not: a bad value stops the server with a message naming its key.
 */
public abstract class BucketProperties {
    private boolean enabled = true;
    @NotNull
    @Min(value = 1, message = "must be at least 1 (or switch the limit off with enabled=false)")
    private Integer burst;
    /** A finite rate: a billion a second is no limit at all already. */
    @NotNull
    @DecimalMin(value = "0", inclusive = false, message = "must be a number above 0")
    @DecimalMax(value = "1000000000", message = "must be a number above 0, at most 1000000000")
    private Double perSecond;

    protected BucketProperties(int burst, double perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** The bucket, or empty when switched off. */
    public Optional<RateLimit> rateLimit() {
        return enabled ? Optional.of(new RateLimit(burst, perSecond)) : Optional.empty();
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
