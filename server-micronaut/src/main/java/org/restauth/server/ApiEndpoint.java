package org.restauth.server;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
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
                                   String clientAddress, String requestId) {
        long started = System.nanoTime();
        ApiResponse response;
        try {
            response = api.handle(request(pathMethod, requestTarget, contentType, body, clientAddress));
        } catch (MalformedRequestException e) {
            response = unreadable(e);
        } catch (RuntimeException e) {
            response = unexpected(e);
        }
        return rendered(response, clientAddress, requestId, started);
    }

    /**
     * {@link #answer}, for a store that does network I/O, on a thread that must not block (the event loop):
     * auth.createToken completes where the store completes it; every other call runs on {@code blocking}
     * ({@link RestApi#handleAsync}). The stage never fails.
     */
    public CompletionStage<RenderedResponse> answerAsync(String pathMethod, String requestTarget, String contentType,
                                                         byte[] body, String clientAddress, String requestId,
                                                         Executor blocking) {
        long started = System.nanoTime();
        ApiRequest request;
        try {
            request = request(pathMethod, requestTarget, contentType, body, clientAddress);
        } catch (MalformedRequestException e) {
            return CompletableFuture.completedFuture(rendered(unreadable(e), clientAddress, requestId, started));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(rendered(unexpected(e), clientAddress, requestId, started));
        }
        return api.handleAsync(request, blocking).thenApply(response -> rendered(response, clientAddress, requestId, started));
    }

    /** Renders the answer and records the call (metrics, access log); a rendering failure is error 1. */
    private RenderedResponse rendered(ApiResponse response, String clientAddress, String requestId, long started) {
        ApiResponse answered = response;
        RenderedResponse rendered;
        try {
            rendered = renderer.render(response);
        } catch (RuntimeException e) {
            answered = unexpected(e);
            rendered = renderer.render(answered);
        }
        recorder.answered(answered.method().isEmpty() ? CallRecorder.UNKNOWN_METHOD : answered.method(), answered,
                clientAddress, requestId, System.nanoTime() - started);
        return rendered;
    }

    private ApiRequest request(String pathMethod, String requestTarget, String contentType, byte[] body,
                               String clientAddress) throws MalformedRequestException {
        List<Param> params = parameters.read(requestTarget, contentType, body);
        ApiRequest request = pathMethod == null ? ApiRequest.of(params) : ApiRequest.forPathMethod(pathMethod, params);
        return clientAddress == null ? request : request.withClientAddress(clientAddress);
    }

    /** Parameters that cannot be read: error 100 (105 for too many multipart fields), with what was read. */
    private static ApiResponse unreadable(MalformedRequestException e) {
        LOG.debug("unreadable parameters answered with error {}: {}", e.error().code(), e.getMessage());
        return ApiResponse.failure(e.error(), ResponseOptions.DEFAULT, e.readSoFar());
    }

    /** Error 1 in XML, the format every client reads; the cause goes to the log only. */
    private static ApiResponse unexpected(Throwable cause) {
        LOG.error("unexpected failure answered with error 1: {}", cause.getClass().getName(), cause);
        return ApiResponse.failure(ApiError.UNKNOWN, ResponseOptions.DEFAULT, List.of());
    }

    /** Error 2 in XML: the store's call queue is full (a flood while the store is slow); try again later. */
    public RenderedResponse unavailable() {
        return renderer.render(ApiResponse.failure(ApiError.SERVICE_UNAVAILABLE, ResponseOptions.DEFAULT, List.of()));
    }

    /** Error 1 in XML, the format every client reads; the cause goes to the log only. */
    public RenderedResponse unknownError(Throwable cause) {
        return renderer.render(unexpected(cause));
    }
}
