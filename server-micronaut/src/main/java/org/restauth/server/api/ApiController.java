package org.restauth.server.api;

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
import java.util.concurrent.CompletableFuture;
import org.restauth.core.api.Failures;
import org.restauth.format.RenderedResponse;
import org.restauth.server.metrics.CallRecorder;
import org.restauth.server.metrics.RequestIds;
import org.restauth.server.api.RawRequest;
import org.restauth.server.api.ClientAddresses;

/**
 * {@code /restserver.php} and {@code /method/{name}}, GET and POST. Thin: it hands the raw query string and
 * the raw body to {@link ApiEndpoint} (Micronaut's own parameter binding would reorder, merge or drop
 * parameters) and writes the rendered answer with HTTP 200, as old clients need even for API errors.
 */
@Controller
public class ApiController {
    private final ApiEndpoint endpoint;
    private final ClientAddresses addresses;
    private final CallRecorder recorder;

    public ApiController(ApiEndpoint endpoint, ClientAddresses addresses, CallRecorder recorder) {
        this.endpoint = endpoint;
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
        Throwable cause = Failures.cause(failure);
        if (cause instanceof ContentLengthExceededException) {
            recorder.refused(HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode(), addresses.of(request), RequestIds.of(request), 0);
            return HttpResponse.<byte[]>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }
        return HttpAnswers.ok(endpoint.failed(cause));
    }

    /** The body is buffered without blocking (a body that has already arrived is used at once), then answered. */
    private CompletableFuture<HttpResponse<byte[]>> answer(String method, HttpRequest<?> request) {
        String target = RawRequest.target(request);
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        String client = addresses.of(request);
        String id = RequestIds.of(request);
        byte[] arrived = RawRequest.bodyIfArrived(request);
        CompletableFuture<RenderedResponse> answered = arrived != null
                ? endpoint.answer(method, target, contentType, arrived, client, id)
                : RawRequest.body(request).thenCompose(body -> endpoint.answer(method, target, contentType, body, client, id));
        return answered.thenApply(HttpAnswers::ok);
    }
}
