package org.restauth.server.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;
import org.restauth.format.RenderedResponse;
import org.restauth.format.ResponseRenderer;
import org.restauth.server.api.HttpAnswers;
import org.restauth.server.api.ClientAddresses;
import org.restauth.server.api.RawRequest;

/**
 * {@code POST /bench/floor/xml} and {@code /bench/floor/json}: what any implementation of auth.createToken has
 * to do on this HTTP stack, without any of the API's own work. Each reads the call as {@code ApiController}
 * does (the request target, Content-Type, the client's address and the whole body) and sends a createToken
 * answer of the protocol's exact shape and headers, rendered once at start by {@link ResponseRenderer} for a
 * constant token. bench/http.sh measures them beside {@code /bench/baseline}: floor / baseline is the highest
 * ratio an API could reach here, createToken / floor what restauth's own work costs. Only with
 * {@code restauth.bench.baseline=true}, like the baseline.
 */
@Controller("/bench/floor")
@Requires(property = BaselineController.ENABLED, value = "true")
public class FloorController {
    private final ClientAddresses addresses;
    private final RenderedResponse xml;
    private final RenderedResponse json;

    public FloorController(ClientAddresses addresses, ResponseRenderer renderer) {
        this.addresses = addresses;
        this.xml = renderer.render(createTokenAnswer(ResponseFormat.XML));
        this.json = renderer.render(createTokenAnswer(ResponseFormat.JSON));
    }

    @Post(value = "/xml", consumes = MediaType.ALL)
    CompletableFuture<HttpResponse<byte[]>> xml(HttpRequest<?> request) {
        return answer(request, xml);
    }

    @Post(value = "/json", consumes = MediaType.ALL)
    CompletableFuture<HttpResponse<byte[]>> json(HttpRequest<?> request) {
        return answer(request, json);
    }

    /** Reads the call as the API reads it (the reading is what is measured), then sends the fixed answer. */
    private CompletableFuture<HttpResponse<byte[]>> answer(HttpRequest<?> request, RenderedResponse answer) {
        RawRequest.target(request);
        request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        addresses.of(request);
        return RawRequest.withBody(request, body -> HttpAnswers.ok(answer));
    }

    private static ApiResponse createTokenAnswer(ResponseFormat format) {
        return new ApiResponse("auth.createToken", new ApiResult.Text(BaselineController.BODY),
                ResponseOptions.of(format), List.of());
    }
}
