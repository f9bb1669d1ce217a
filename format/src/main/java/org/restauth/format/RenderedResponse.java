package org.restauth.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A response body ready to send, with its content type. Adapters send {@link #headers()} with every
 * response as well.
 *
 * @param body UTF-8 bytes; copied in and out, so a caller cannot change a rendered response
 * @param contentType one of {@link #XML}, {@link #JSON}, {@link #JAVASCRIPT}
 */
public record RenderedResponse(byte[] body, String contentType) {
    /** Plain XML answers. */
    public static final String XML = "text/xml; charset=utf-8";
    /** Plain JSON and json-strings answers. */
    public static final String JSON = "application/json; charset=utf-8";
    /** Any answer with a callback (JSONP), whatever the format inside. */
    public static final String JAVASCRIPT = "text/javascript; charset=utf-8";

    /** JSONP must not be sniffed as anything else; harmless for the other formats, so always sent. */
    private static final Map<String, String> HEADERS = Map.of("X-Content-Type-Options", "nosniff");

    public RenderedResponse {
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(contentType, "contentType");
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8 (it is always UTF-8). */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Extra headers to send with this body, whatever its format. */
    public Map<String, String> headers() {
        return HEADERS;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedResponse that
                && Arrays.equals(body, that.body)
                && contentType.equals(that.contentType);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(body) + contentType.hashCode();
    }

    /** Only the size: a body carries tokens and session keys, which must never reach a log. */
    @Override
    public String toString() {
        return "RenderedResponse[" + contentType + ", " + body.length + " bytes]";
    }
}
