package org.restauth.core.error;

/** The error codes and messages of the legacy REST API (docs/protocol.md §6). */
public enum ApiError {
    UNKNOWN(1, "An unknown error occurred"),
    SERVICE_UNAVAILABLE(2, "Service temporarily unavailable"),
    UNKNOWN_METHOD(3, "Unknown method"),
    APPLICATION_LIMIT_REACHED(4, "Application request limit reached"),
    TOO_MANY_USER_ACTIONS(9, "User is performing too many actions"),
    PERMISSION_DENIED(10, "Application does not have permission for this action"),
    SECURE_SESSION_REQUIRED(15, "The method you are calling must be called with an app secret signed session"),
    INVALID_PARAMETER(100, "Invalid parameter"),
    INVALID_API_KEY(101, "Invalid API key"),
    SESSION_INVALID(102, "Session key invalid or no longer valid"),
    CALL_ID_NOT_GREATER(103, "Call_id must be greater than previous"),
    INCORRECT_SIGNATURE(104, "Incorrect signature"),
    TOO_MANY_PARAMETERS(105, "The number of parameters exceeded the maximum for this operation"),
    SESSION_EXPIRED(450, "Session key specified has passed its expiration time"),
    SESSION_REQUIRED(453, "A session key is required for calling this method");

    private final int code;
    private final String message;

    ApiError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    public String message() {
        return message;
    }
}
