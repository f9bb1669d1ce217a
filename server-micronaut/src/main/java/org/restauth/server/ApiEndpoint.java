package org.restauth.server;

import jakarta.inject.Singleton;
import java.util.List;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.RestApi;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseOptions;
import org.restauth.format.RenderedResponse;
import org.restauth.format.ResponseRenderer;
import org.restauth.server.ops.CallRecorder;
import org.restauth.server.request.MalformedRequestException;
import org.restauth.server.request.RequestParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One API call, HTTP aside: raw request in, rendered protocol answer out. Never throws: what cannot be
 * read is error 100 (105 for too many multipart fields), anything unexpected error 1, always as a body.
 */
@Singleton
public class ApiEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(ApiEndpoint.class);

    private final RequestParameters parameters;
    private final RestApi api;
    private final ResponseRenderer renderer;
    private final CallRecorder recorder;

    public ApiEndpoint(RequestParameters parameters, RestApi api, ResponseRenderer renderer, CallRecorder recorder) {
        this.parameters = parameters;
        this.api = api;
        this.renderer = renderer;
        this.recorder = recorder;
    }

    /**
     * @param pathMethod the method named by {@code /method/{name}}, or null for {@code /restserver.php}
     * @param requestTarget the request line's target, query string included, as received
     * @param clientAddress where the call came from (keys the per-address limit), or null
     */
    public RenderedResponse answer(String pathMethod, String requestTarget, String contentType, byte[] body,
                                   String clientAddress) {
        long started = System.nanoTime();
        Handled handled;
        RenderedResponse rendered;
        try {
            handled = handle(pathMethod, requestTarget, contentType, body, clientAddress);
            rendered = renderer.render(handled.response());
        } catch (RuntimeException e) {
            handled = new Handled(CallRecorder.UNKNOWN_METHOD,
                    ApiResponse.failure(ApiError.UNKNOWN, ResponseOptions.DEFAULT, List.of()));
            rendered = unknownError(e);
        }
        recorder.answered(handled.method(), handled.response(), clientAddress, System.nanoTime() - started);
        return rendered;
    }

    private Handled handle(String pathMethod, String requestTarget, String contentType, byte[] body,
                           String clientAddress) {
        List<Param> params;
        try {
            params = parameters.read(requestTarget, contentType, body);
        } catch (MalformedRequestException e) {
            LOG.debug("unreadable parameters answered with error {}: {}", e.error().code(), e.getMessage());
            return new Handled(CallRecorder.UNKNOWN_METHOD,
                    ApiResponse.failure(e.error(), ResponseOptions.DEFAULT, e.readSoFar()));
        }
        ApiRequest request = pathMethod == null ? ApiRequest.of(params) : ApiRequest.forPathMethod(pathMethod, params);
        ApiResponse response = api.handle(clientAddress == null ? request : request.withClientAddress(clientAddress));
        return new Handled(response.method().isEmpty() ? CallRecorder.UNKNOWN_METHOD : response.method(), response);
    }

    /** The answer and the canonical name of the method asked for, for the metrics and the access log. */
    private record Handled(String method, ApiResponse response) {
    }

    /** Error 2 in XML: the store's call queue is full (a flood while the store is slow); try again later. */
    public RenderedResponse unavailable() {
        return renderer.render(ApiResponse.failure(ApiError.SERVICE_UNAVAILABLE, ResponseOptions.DEFAULT, List.of()));
    }

    /** Error 1 in XML, the format every client reads; the cause goes to the log only. */
    public RenderedResponse unknownError(Throwable cause) {
        LOG.error("unexpected failure answered with error 1: {}", cause.getClass().getName(), cause);
        return renderer.render(ApiResponse.failure(ApiError.UNKNOWN, ResponseOptions.DEFAULT, List.of()));
    }
}
