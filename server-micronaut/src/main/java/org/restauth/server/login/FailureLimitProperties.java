package org.restauth.server.login;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import java.util.Optional;
import org.restauth.core.limit.FailureLimit;

/**
 * The settings of one failure counter under a prefix: {@code enabled}, {@code max-failures}, {@code window},
 * {@code lockout}, {@code max-lockout}. Checked at start: a bad value stops the server with its key named.
 */
public abstract class FailureLimitProperties {
    private final String prefix;
    private boolean enabled = true;
    private Integer maxFailures;
    private Duration window;
    private Duration lockout;
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
        if (maxFailures == null || maxFailures < 1) {
            throw new ConfigurationException(prefix + "max-failures must be at least 1 (or set " + prefix
                    + "enabled=false)");
        }
        requireAtLeastOneSecond("window", window);
        requireAtLeastOneSecond("lockout", lockout);
        requireAtLeastOneSecond("max-lockout", maxLockout);
        if (maxLockout.compareTo(lockout) < 0) {
            throw new ConfigurationException(prefix + "max-lockout must not be shorter than " + prefix + "lockout");
        }
        return Optional.of(new FailureLimit(maxFailures, window, lockout, maxLockout));
    }

    private void requireAtLeastOneSecond(String key, Duration value) {
        if (value == null || value.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ConfigurationException(prefix + key + " must be a duration of at least 1s, such as 15m");
        }
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
