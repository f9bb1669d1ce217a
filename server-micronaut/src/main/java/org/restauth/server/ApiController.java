package org.restauth.server;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import jakarta.inject.Named;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ExecutorService;
import org.restauth.format.RenderedResponse;
import org.restauth.server.ops.CallRecorder;
import org.restauth.server.ops.RequestIds;
import org.restauth.server.request.RawRequest;
import org.restauth.server.ops.ClientAddresses;
import org.restauth.server.store.StoreCallExecutor;

/**
 * {@code /restserver.php} and {@code /method/{name}}, GET and POST. Thin: it hands the raw query string and
 * the raw body to {@link ApiEndpoint} (Micronaut's own parameter binding would reorder, merge or drop
 * parameters) and writes the rendered answer with HTTP 200, as old clients need even for API errors.
 */
@Controller
public class ApiController {
    private final ApiEndpoint endpoint;
    private final ExecutorService storeCalls; // null with the in-memory stores
    private final ClientAddresses addresses;
    private final CallRecorder recorder;

    /**
     * With the in-memory stores nothing in a call blocks, so it runs on the event loop that read it: handing it
     * to the blocking pool and back cost two thread switches per call, more than the call itself (bench/http.sh:
     * server CPU per createToken 45 to 20 µs). Any other store does network I/O: auth.createToken is one
     * asynchronous store call answered from its completion, the rest run on a fixed pool ({@link StoreCallExecutor}).
     */
    public ApiController(ApiEndpoint endpoint, @Named(StoreCallExecutor.NAME) ExecutorService blocking,
                         @Value("${restauth.store:memory}") String store, ClientAddresses addresses,
                         CallRecorder recorder) {
        this.endpoint = endpoint;
        this.storeCalls = "memory".equals(store) ? null : blocking;
        this.addresses = addresses;
        this.recorder = recorder;
    }

    @Get("/restserver.php")
    CompletableFuture<HttpResponse<byte[]>> restServerGet(HttpRequest<?> request) {
        return answer(null, request);
    }

    @Post(value = "/restserver.php", consumes = MediaType.ALL)
    CompletableFuture<HttpResponse<byte[]>> restServerPost(HttpRequest<?> request) {
        return answer(null, request);
    }

    @Get("/method/{name}")
    CompletableFuture<HttpResponse<byte[]>> methodGet(@PathVariable String name, HttpRequest<?> request) {
        return answer(name, request);
    }

    @Post(value = "/method/{name}", consumes = MediaType.ALL)
    CompletableFuture<HttpResponse<byte[]>> methodPost(@PathVariable String name, HttpRequest<?> request) {
        return answer(name, request);
    }

    /** Anything these routes throw, binding included: a protocol answer, never Micronaut's JSON or a trace. */
    @Error
    HttpResponse<byte[]> onError(HttpRequest<?> request, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ContentLengthExceededException) {
            recorder.refused(HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode(), addresses.of(request), RequestIds.of(request), 0);
            return HttpResponse.<byte[]>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        if (cause instanceof RejectedExecutionException) {
            return HttpAnswers.ok(endpoint.unavailable());
        }
        return HttpAnswers.ok(endpoint.unknownError(cause));
    }

    /**
     * The body is buffered without blocking; a body that has already arrived is used at once. With the
     * in-memory stores the call then runs on the event loop (a completed future costs Micronaut nothing);
     * with a store that does network I/O it goes through {@link ApiEndpoint#answerAsync} and {@link #storeCalls}.
     */
    private CompletableFuture<HttpResponse<byte[]>> answer(String method, HttpRequest<?> request) {
        String target = RawRequest.target(request);
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        String client = addresses.of(request);
        String id = RequestIds.of(request);
        if (storeCalls != null) {
            byte[] arrivedNow = RawRequest.bodyIfArrived(request);
            CompletionStage<RenderedResponse> answered = arrivedNow != null
                    ? endpoint.answerAsync(method, target, contentType, arrivedNow, client, id, storeCalls)
                    : RawRequest.body(request).thenCompose(
                            body -> endpoint.answerAsync(method, target, contentType, body, client, id, storeCalls));
            return answered.thenApply(HttpAnswers::ok).toCompletableFuture();
        }
        return RawRequest.withBody(request,
                body -> HttpAnswers.ok(endpoint.answer(method, target, contentType, body, client, id)));
    }
}
