package org.restauth.server.login;

import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Optional;
import org.restauth.core.limit.FailureLimit;
import org.restauth.server.validation.MinDuration;

/**
 * The settings of one failure counter under a prefix: {@code enabled}, {@code max-failures}, {@code window},
 * {@code lockout}, {@code max-lockout}. Validated at start: a bad value stops the server with its key named.
 * That {@code max-lockout} is not shorter than {@code lockout} involves two keys: {@link #failureLimit} checks it.
 */
public abstract class FailureLimitProperties {
    private static final String AT_LEAST_1S = "must be a duration of at least 1s, such as 15m";

    private final String prefix;
    private boolean enabled = true;
    @NotNull
    @Min(value = 1, message = "must be at least 1 (or switch the limit off with enabled=false)")
    private Integer maxFailures;
    @NotNull
    @MinDuration(value = "1s", message = AT_LEAST_1S)
    private Duration window;
    @NotNull
    @MinDuration(value = "1s", message = AT_LEAST_1S)
    private Duration lockout;
    @NotNull
    @MinDuration(value = "1s", message = AT_LEAST_1S)
    private Duration maxLockout;

    protected FailureLimitProperties(String prefix, FailureLimit defaults) {
        this.prefix = prefix + ".";
        this.maxFailures = defaults.maxFailures();
        this.window = defaults.window();
        this.lockout = defaults.lockout();
        this.maxLockout = defaults.maxLockout();
    }

    /** The limit, or empty when switched off. */
    public Optional<FailureLimit> failureLimit() {
        if (!enabled) {
            return Optional.empty();
        }
        if (maxLockout.compareTo(lockout) < 0) {
            throw new ConfigurationException(prefix + "max-lockout must not be shorter than " + prefix + "lockout");
        }
        return Optional.of(new FailureLimit(maxFailures, window, lockout, maxLockout));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Integer getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(Integer maxFailures) {
        this.maxFailures = maxFailures;
    }

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }

    public Duration getLockout() {
        return lockout;
    }

    public void setLockout(Duration lockout) {
        this.lockout = lockout;
    }

    public Duration getMaxLockout() {
        return maxLockout;
    }

    public void setMaxLockout(Duration maxLockout) {
        this.maxLockout = maxLockout;
    }
}
