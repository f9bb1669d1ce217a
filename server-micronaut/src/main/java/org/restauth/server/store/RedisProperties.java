package org.restauth.server.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.restauth.server.validation.MinDuration;

/**
 * {@code restauth.redis.*}, used only with {@code restauth.store: redis} (validated at start all the same). The
 * messages never echo the URI: it may hold a password. {@code call-threads} and {@code call-queue} are the old
 * names of {@code restauth.api.call-threads} and {@code restauth.api.call-queue} (the pool serves every blocking
 * store, not only Redis), read for one more release ({@link CallPool}).
 */
@ConfigurationProperties("restauth.redis")
public final class RedisProperties {
    @NotNull
    @Pattern(regexp = "(?s)\\s*rediss?://.*", message = "must be a Redis URI such as redis://127.0.0.1:6379"
            + " (or rediss://, with an optional password and database: redis://:password@host:6379/0)")
    private String uri = "redis://127.0.0.1:6379";
    @NotNull
    @MinDuration(value = "1ms", message = "must be a positive duration such as 500ms")
    private Duration timeout = Duration.ofMillis(500);
    @Nullable
    @Min(value = 1, message = "must be between 1 and 1024")
    @Max(value = 1024, message = "must be between 1 and 1024")
    private Integer callThreads;
    @Nullable
    @Min(value = 1, message = "must be at least 1")
    private Integer callQueue;

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** @deprecated {@code restauth.api.call-threads} */
    @Deprecated
    @Nullable
    public Integer getCallThreads() {
        return callThreads;
    }

    @Deprecated
    public void setCallThreads(@Nullable Integer callThreads) {
        this.callThreads = callThreads;
    }

    /** @deprecated {@code restauth.api.call-queue} */
    @Deprecated
    @Nullable
    public Integer getCallQueue() {
        return callQueue;
    }

    @Deprecated
    public void setCallQueue(@Nullable Integer callQueue) {
        this.callQueue = callQueue;
    }

    /** The URI is left out: it may carry a password. */
    @Override
    public String toString() {
        return "RedisProperties[timeout=" + timeout + "]";
    }
}
