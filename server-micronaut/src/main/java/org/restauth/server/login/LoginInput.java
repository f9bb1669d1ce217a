package org.restauth.server.login;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.restauth.core.request.Param;
import org.restauth.server.api.RawRequest;
import org.restauth.server.api.RequestParameters;

/** The query string and the body of a login request, parsed from the raw bytes by the API's own reader. */
@Singleton
class LoginInput {
    private final RequestParameters parameters;

    LoginInput(RequestParameters parameters) {
        this.parameters = parameters;
    }

    /** Buffers the body without blocking, then parses query and body (a MalformedRequestException fails it). */
    CompletableFuture<List<Param>> read(HttpRequest<?> request) {
        String target = RawRequest.target(request);
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        return RawRequest.body(request).thenApply(body -> parameters.read(target, contentType, body));
    }
}
