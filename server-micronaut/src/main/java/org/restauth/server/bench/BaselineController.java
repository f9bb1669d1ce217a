package org.restauth.server.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import java.nio.charset.StandardCharsets;

/**
 * {@code /bench/baseline}, any method: a constant 32-character answer shaped like a token (text/xml, UTF-8),
 * so a load test can tell the cost of the API from the cost of the HTTP stack. Only with
 * {@code restauth.bench.baseline=true}: a production server has no such route (404).
 *
 * <p>{@code POST /bench/baseline/busy/{nanos}} answers the same after spinning for that long (at most
 * {@link #MAX_BUSY_NANOS}): {@code BUDGET=1 bench/http.sh} compares it with {@code busy/0} to show what a fixed
 * amount of work per call costs in requests/s on this machine.
 */
@Controller("/bench/baseline")
@Requires(property = BaselineController.ENABLED, value = "true")
public class BaselineController {
    public static final String ENABLED = "restauth.bench.baseline";
    /** 32 lower-case hex characters, like a token; the same bytes on every call. */
    public static final String BODY = "0123456789abcdef0123456789abcdef";
    static final String CONTENT_TYPE = "text/xml; charset=utf-8";

    /** A tenth of a millisecond: enough to measure, too little to tie up an event loop. */
    static final long MAX_BUSY_NANOS = 100_000;

    private static final byte[] BYTES = BODY.getBytes(StandardCharsets.US_ASCII);

    @Get
    HttpResponse<byte[]> get() {
        return answer();
    }

    /** The body, whatever it is, is not read: the benchmark posts the same body here as to the API. */
    @Post(consumes = MediaType.ALL)
    HttpResponse<byte[]> post() {
        return answer();
    }

    /** Spins on the event loop for {@code nanos} (clamped to 0..{@link #MAX_BUSY_NANOS}), then answers. */
    @Post(value = "/busy/{nanos}", consumes = MediaType.ALL)
    HttpResponse<byte[]> busy(@PathVariable long nanos) {
        long deadline = System.nanoTime() + Math.max(0, Math.min(nanos, MAX_BUSY_NANOS));
        while (System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
        return answer();
    }

    @Put(consumes = MediaType.ALL)
    HttpResponse<byte[]> put() {
        return answer();
    }

    @Patch(consumes = MediaType.ALL)
    HttpResponse<byte[]> patch() {
        return answer();
    }

    @Delete(consumes = MediaType.ALL)
    HttpResponse<byte[]> delete() {
        return answer();
    }

    private static HttpResponse<byte[]> answer() {
        return HttpResponse.ok(BYTES.clone()).contentType(CONTENT_TYPE);
    }
}
