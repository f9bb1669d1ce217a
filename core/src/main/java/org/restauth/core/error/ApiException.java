package org.restauth.core.error;

import java.util.Objects;

/**
 * Everything a caller of the REST API can cause. The message is the protocol's message only:
 * never a token, key or parameter value.
 */
public final class ApiException extends RuntimeException {
    private final ApiError error;

    public ApiException(ApiError error) {
        super(Objects.requireNonNull(error, "error").message(), null, false, false);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }
}
