package org.restauth.server.metrics;

import jakarta.inject.Singleton;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;

/**
 * After each API call: its timer and its access log line. Only the call's outcome is read, never a value; what
 * happened in the flow is counted from core's events ({@link MeteredEvents}).
 */
@Singleton
public class CallRecorder {
    /** The method label of calls whose method is not served or could not be read. */
    public static final String UNKNOWN_METHOD = "unknown";

    private final ApiMetrics metrics;

    public CallRecorder(ApiMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * @param method the canonical method name, or {@link #UNKNOWN_METHOD}
     * @param client the caller's address, or null when unknown
     * @param requestId the request's id ({@link RequestIds})
     */
    public void answered(String method, ApiResponse response, String client, String requestId, long nanos) {
        String result = response.result() instanceof ApiResult.Failure failure
                ? String.valueOf(failure.error().code()) : "ok";
        metrics.request(method, result, nanos);
        AccessLog.write(method, response.options().format().wireName(), response.options().callback().isPresent(),
                result, 200, nanos, client == null ? "-" : client, requestId);
    }

    /** A call refused before it was read (body too large): no method, no format. */
    public void refused(int status, String client, String requestId, long nanos) {
        metrics.request(UNKNOWN_METHOD, "http_" + status, nanos);
        AccessLog.write(UNKNOWN_METHOD, "-", false, "http_" + status, status, nanos, client, requestId);
    }
}
