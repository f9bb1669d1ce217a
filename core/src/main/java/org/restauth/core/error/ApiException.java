package org.restauth.core.error;

import java.util.Objects;

/**
 * Everything a caller of the REST API can cause. The message is the protocol's message only:
 * never a token, key or parameter value. Sealed: its one subclass is the stores' failure,
 * {@link StoreUnavailableException} (error 2).
 */
public sealed class ApiException extends RuntimeException permits StoreUnavailableException {
    private final ApiError error;

    public ApiException(ApiError error) {
        super(Objects.requireNonNull(error, "error").message(), null, false, false);
        this.error = error;
    }

    /** For a store's failure: a message for the log (never a stored value) and its cause. */
    ApiException(ApiError error, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    public ApiError error() {
        return error;
    }
}
