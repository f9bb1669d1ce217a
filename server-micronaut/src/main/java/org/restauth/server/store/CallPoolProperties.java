package org.restauth.server.store;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * {@code restauth.api.call-threads} and {@code restauth.api.call-queue}: the pool API calls run on when the
 * store blocks (Redis, SQLite), see {@link ApiCalls}. Null here when unset, so that their old names under
 * {@code restauth.redis} can still be told apart ({@link CallPool}). Validated at start.
 */
@ConfigurationProperties("restauth.api")
public final class CallPoolProperties {
    @Nullable
    @Min(value = 1, message = "must be between 1 and 1024")
    @Max(value = 1024, message = "must be between 1 and 1024")
    private Integer callThreads;
    @Nullable
    @Min(value = 1, message = "must be at least 1")
    private Integer callQueue;

    @Nullable
    public Integer getCallThreads() {
        return callThreads;
    }

    public void setCallThreads(@Nullable Integer callThreads) {
        this.callThreads = callThreads;
    }

    @Nullable
    public Integer getCallQueue() {
        return callQueue;
    }

    public void setCallQueue(@Nullable Integer callQueue) {
        this.callQueue = callQueue;
    }
}
