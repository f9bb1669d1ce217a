package org.restauth.server.api;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.Failures;
import org.restauth.core.api.RestApi;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseOptions;
import org.restauth.format.RenderedResponse;
import org.restauth.format.ResponseRenderer;
import org.restauth.server.metrics.CallRecorder;
import org.restauth.server.api.RequestParameters;
import org.restauth.server.store.ApiCalls;

/**
 * One API call, HTTP aside: raw request in, rendered protocol answer out, by one path whatever the store. The
 * parameters are read where the call arrived; {@link RestApi#handle} and the rendering run on {@link ApiCalls}
 * (the same thread with stores that never block). Never fails: what cannot be read is error 100 (105 for too
 * many multipart fields), a full call queue error 2, anything unexpected error 1, always as a body.
 */
@Singleton
public class ApiEndpoint {
    private final RequestParameters parameters;
    private final RestApi api;
    private final ResponseRenderer renderer;
    private final CallRecorder recorder;
    private final Executor calls;

    public ApiEndpoint(RequestParameters parameters, RestApi api, ResponseRenderer renderer, CallRecorder recorder,
                       ApiCalls calls) {
        this.parameters = parameters;
        this.api = api;
        this.renderer = renderer;
        this.recorder = recorder;
        this.calls = calls;
    }

    /**
     * @param pathMethod the method named by {@code /method/{name}}, or null for {@code /restserver.php}
     * @param requestTarget the request line's target, query string included, as received
     * @param clientAddress where the call came from (keys the per-address limit), or null
     * @param requestId the request's id for the access log ({@code RequestIds})
     * @return completed at once with stores that never block; else once the call ran on the pool
     */
    public CompletableFuture<RenderedResponse> answer(String pathMethod, String requestTarget, String contentType,
                                                      byte[] body, String clientAddress, String requestId) {
        long started = System.nanoTime();
        ApiRequest request;
        try {
            request = request(pathMethod, requestTarget, contentType, body, clientAddress);
        } catch (RuntimeException e) { // unreadable parameters above all: error 100 with what was read
            return CompletableFuture.completedFuture(rendered(failure(e), clientAddress, requestId, started));
        }
        try {
            return CompletableFuture.supplyAsync(() -> rendered(api.handle(request), clientAddress, requestId, started), calls);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(rendered(api.unavailable(request), clientAddress, requestId, started));
        }
    }

    /** Renders the answer and records the call (metrics, access log); a rendering failure is error 1. */
    private RenderedResponse rendered(ApiResponse response, String clientAddress, String requestId, long started) {
        ApiResponse answered = response;
        RenderedResponse rendered;
        try {
            rendered = renderer.render(response);
        } catch (RuntimeException e) {
            answered = failure(e);
            rendered = renderer.render(answered);
        }
        recorder.answered(answered.method().isEmpty() ? CallRecorder.UNKNOWN_METHOD : answered.method(), answered,
                clientAddress, requestId, System.nanoTime() - started);
        return rendered;
    }

    private ApiRequest request(String pathMethod, String requestTarget, String contentType, byte[] body,
                               String clientAddress) {
        List<Param> params = parameters.read(requestTarget, contentType, body);
        ApiRequest request = pathMethod == null ? ApiRequest.of(params) : ApiRequest.forPathMethod(pathMethod, params);
        return clientAddress == null ? request : request.withClientAddress(clientAddress);
    }

    /** Something thrown outside core, in XML, the format every client reads: core's answer to it. */
    private static ApiResponse failure(Throwable thrown) {
        return Failures.answer("", thrown, ResponseOptions.DEFAULT, List.of());
    }

    /** What the HTTP routes threw, binding included, as the protocol's answer ({@link Failures}). */
    public RenderedResponse failed(Throwable thrown) {
        return renderer.render(failure(thrown));
    }
}
