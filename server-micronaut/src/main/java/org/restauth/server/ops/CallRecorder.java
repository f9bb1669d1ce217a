package org.restauth.server.ops;

import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;

/** After each API call: its metrics and its access log line. Only the call's outcome is read, never a value. */
@Singleton
public class CallRecorder {
    /** The method label of calls whose method is not served or could not be read. */
    public static final String UNKNOWN_METHOD = "unknown";
    /** The methods whose {@code true} ends a session (audit log). */
    private static final Set<String> ENDING = Set.of("auth.expireSession", "auth.revokeAuthorization");

    private final ApiMetrics metrics;
    private final AppNames names;
    private final Audit audit;

    public CallRecorder(ApiMetrics metrics, AppNames names, Audit audit) {
        this.metrics = metrics;
        this.names = names;
        this.audit = audit;
    }

    /**
     * @param method the canonical method name, or {@link #UNKNOWN_METHOD}
     * @param client the caller's address, or null when unknown
     * @param requestId the request's id ({@link RequestIds})
     */
    public void answered(String method, ApiResponse response, String client, String requestId, long nanos) {
        String result = "ok";
        if (response.result() instanceof ApiResult.Failure failure) {
            result = String.valueOf(failure.error().code());
            if (failure.error() == ApiError.APPLICATION_LIMIT_REACHED) {
                metrics.refusedByLimit(names.of(apiKey(response)));
            }
        } else if (response.result() instanceof ApiResult.SessionGrant grant) {
            metrics.tokenExchanged(names.of(apiKey(response)));
            audit.sessionGranted(apiKey(response), grant.uid(), client);
        } else if (ENDING.contains(method) && response.result() instanceof ApiResult.Flag flag && flag.value()) {
            audit.sessionEnded(apiKey(response), method, client);
        }
        metrics.request(method, result, nanos);
        AccessLog.write(method, response.options().format().wireName(), response.options().callback().isPresent(),
                result, 200, nanos, client == null ? "-" : client, requestId);
    }

    /** A call refused before it was read (body too large): no method, no format. */
    public void refused(int status, String client, String requestId, long nanos) {
        metrics.request(UNKNOWN_METHOD, "http_" + status, nanos);
        AccessLog.write(UNKNOWN_METHOD, "-", false, "http_" + status, status, nanos, client, requestId);
    }

    private static String apiKey(ApiResponse response) {
        Optional<Param> key = response.requestArgs().stream().filter(p -> p.key().equals("api_key")).findFirst();
        return key.map(Param::value).orElse(null);
    }
}
