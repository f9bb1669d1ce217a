package org.restauth.server.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;
import org.restauth.format.RenderedResponse;

/** A rendered protocol answer as Micronaut's response: HTTP 200 (even for API errors), its type and headers. */
public final class HttpAnswers {
    private HttpAnswers() {
    }

    public static HttpResponse<byte[]> ok(RenderedResponse rendered) {
        MutableHttpResponse<byte[]> response = HttpResponse.ok(rendered.body()).contentType(rendered.contentType());
        for (Map.Entry<String, String> header : rendered.headers().entrySet()) {
            response.header(header.getKey(), header.getValue());
        }
        return response;
    }
}
