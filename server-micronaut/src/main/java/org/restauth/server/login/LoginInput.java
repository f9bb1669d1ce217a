package org.restauth.server.login;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.netty.NettyHttpRequestBuilder;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.restauth.core.request.Param;
import org.restauth.server.request.RequestParameters;

/** The query string and the body of a login request, parsed from the raw bytes by the API's own reader. */
@Singleton
class LoginInput {
    private final RequestParameters parameters;

    LoginInput(RequestParameters parameters) {
        this.parameters = parameters;
    }

    /** Buffers the body without blocking, then parses query and body (a MalformedRequestException fails it). */
    CompletableFuture<List<Param>> read(HttpRequest<?> request) {
        String target = rawTarget(request);
        String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        return body(request).thenApply(body -> parameters.read(target, contentType, body));
    }

    /** The query string as received, without the {@code ?}; empty when there is none. */
    static String rawQuery(HttpRequest<?> request) {
        String target = rawTarget(request);
        int question = target.indexOf('?');
        int hash = target.indexOf('#');
        return question < 0 ? "" : target.substring(question + 1, hash > question ? hash : target.length());
    }

    private static CompletableFuture<byte[]> body(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return CompletableFuture.completedFuture(new byte[0]);
        }
        return server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().thenApply(buffered -> {
            try (CloseableAvailableByteBody owned = buffered) {
                return owned.toByteArray();
            }
        });
    }

    private static String rawTarget(HttpRequest<?> request) {
        return request instanceof NettyHttpRequestBuilder netty
                ? netty.toHttpRequestWithoutBody().uri()
                : request.getUri().toString();
    }
}
