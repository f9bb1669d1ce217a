package org.restauth.core.error;

/**
 * The one failure of a store port: the store is unreachable or too slow (a network store past its timeout, a
 * full call queue). Every port method may throw it; the caller answers error 2, "Service temporarily
 * unavailable", so a client tries again later. It is an {@link ApiException} of that error, so the one place that
 * turns an ApiException into an answer ({@code org.restauth.core.api.Failures}) answers it too.
 */
public non-sealed class StoreUnavailableException extends ApiException {
    public StoreUnavailableException() {
        super(ApiError.SERVICE_UNAVAILABLE);
    }

    /** A store adapter's own failure, with what an operator needs in the log; clients still see only error 2. */
    protected StoreUnavailableException(String logMessage, Throwable cause) {
        super(ApiError.SERVICE_UNAVAILABLE, logMessage, cause);
    }
}
