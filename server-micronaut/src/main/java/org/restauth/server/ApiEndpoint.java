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

    public ApiEndpoint(RequestParameters parameters, RestApi api, ResponseRenderer renderer) {
        this.parameters = parameters;
        this.api = api;
        this.renderer = renderer;
    }

    /**
     * @param pathMethod the method named by {@code /method/{name}}, or null for {@code /restserver.php}
     * @param requestTarget the request line's target, query string included, as received
     */
    public RenderedResponse answer(String pathMethod, String requestTarget, String contentType, byte[] body) {
        try {
            List<Param> params = parameters.read(requestTarget, contentType, body);
            ApiRequest request = pathMethod == null ? ApiRequest.of(params) : ApiRequest.forPathMethod(pathMethod, params);
            return renderer.render(api.handle(request));
        } catch (MalformedRequestException e) {
            LOG.debug("unreadable parameters answered with error {}: {}", e.error().code(), e.getMessage());
            return renderer.render(ApiResponse.failure(e.error(), ResponseOptions.DEFAULT, e.readSoFar()));
        } catch (RuntimeException e) {
            return unknownError(e);
        }
    }

    /** Error 1 in XML, the format every client reads; the cause goes to the log only. */
    public RenderedResponse unknownError(Throwable cause) {
        LOG.error("unexpected failure answered with error 1: {}", cause.getClass().getName(), cause);
        return renderer.render(ApiResponse.failure(ApiError.UNKNOWN, ResponseOptions.DEFAULT, List.of()));
    }
}
