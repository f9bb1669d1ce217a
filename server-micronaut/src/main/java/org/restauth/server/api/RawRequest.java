package org.restauth.server.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.AvailableByteBody;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.netty.NettyHttpRequestBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A request as it came over the wire: the target exactly as on the request line and the body's bytes.
 * The signature covers parameters as received, so nothing may be normalized on the way.
 */
public final class RawRequest {
    private RawRequest() {
    }

    /** The target exactly as on the request line; the URI Micronaut builds from it may be normalized. */
    public static String target(HttpRequest<?> request) {
        return request instanceof NettyHttpRequestBuilder netty
                ? netty.toHttpRequestWithoutBody().uri()
                : request.getUri().toString();
    }

    /** The query string as received, without the {@code ?}; empty when there is none. */
    public static String query(HttpRequest<?> request) {
        String target = target(request);
        int question = target.indexOf('?');
        int hash = target.indexOf('#');
        return question < 0 ? "" : target.substring(question + 1, hash > question ? hash : target.length());
    }

    /**
     * The whole body if it has already arrived (a small request usually comes in one read), else null: then
     * {@link #body} waits for it. Reading it here spares a future and a callback per call.
     */
    public static byte[] bodyIfArrived(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return new byte[0];
        }
        if (!(server.byteBody() instanceof AvailableByteBody available)) {
            return null;
        }
        try (CloseableAvailableByteBody owned = available.split()) {
            return owned.toByteArray();
        }
    }

    /**
     * {@code answer} applied to the whole body: at once if it has already arrived ({@link #bodyIfArrived}, a
     * completed future), else once it is buffered, on the event loop that buffered it ({@link #body}).
     */
    public static <T> CompletableFuture<T> withBody(HttpRequest<?> request, Function<byte[], T> answer) {
        byte[] arrived = bodyIfArrived(request);
        return arrived != null
                ? CompletableFuture.completedFuture(answer.apply(arrived))
                : body(request).thenApply(answer);
    }

    /** The whole body, buffered without blocking the event loop. */
    public static CompletableFuture<byte[]> body(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return CompletableFuture.completedFuture(new byte[0]);
        }
        return server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().thenApply(buffered -> {
            try (CloseableAvailableByteBody owned = buffered) {
                return owned.toByteArray();
            }
        });
    }
}
