package org.restauth.server.ops;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;

/** After each API call: its metrics and its access log line. Only the call's outcome is read, never a value. */
@Singleton
public class CallRecorder {
    /** The method label of calls whose method is not served or could not be read. */
    public static final String UNKNOWN_METHOD = "unknown";

    private final ApiMetrics metrics;
    private final AppNames names;

    public CallRecorder(ApiMetrics metrics, AppNames names) {
        this.metrics = metrics;
        this.names = names;
    }

    /**
     * @param method the canonical method name, or {@link #UNKNOWN_METHOD}
     * @param client the caller's address, or null when unknown
     */
    public void answered(String method, ApiResponse response, String client, long nanos) {
        String result = "ok";
        if (response.result() instanceof ApiResult.Failure failure) {
            result = String.valueOf(failure.error().code());
            if (failure.error() == ApiError.APPLICATION_LIMIT_REACHED) {
                metrics.refusedByLimit(names.of(apiKey(response)));
            }
        } else if (response.result() instanceof ApiResult.SessionGrant) {
            metrics.tokenExchanged(names.of(apiKey(response)));
        }
        metrics.request(method, result, nanos);
        AccessLog.write(method, response.options().format().wireName(), response.options().callback().isPresent(),
                result, 200, nanos, client == null ? "-" : client);
    }

    /** A call refused before it was read (body too large): no method, no format. */
    public void refused(int status, String client, long nanos) {
        metrics.request(UNKNOWN_METHOD, "http_" + status, nanos);
        AccessLog.write(UNKNOWN_METHOD, "-", false, "http_" + status, status, nanos, client);
    }

    private static String apiKey(ApiResponse response) {
        Optional<Param> key = response.requestArgs().stream().filter(p -> p.key().equals("api_key")).findFirst();
        return key.map(Param::value).orElse(null);
    }
}
