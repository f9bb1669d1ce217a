package org.restauth.format;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.request.ResponseFormat;
import org.restauth.format.internal.JsonWriter;
import org.restauth.format.internal.XmlWriter;

/**
 * Renders an {@link ApiResponse} in the format and callback it asks for (docs/protocol.md sections 4 and 6).
 * Immutable and thread-safe: build one and share it; the Jackson factories inside are built once.
 */
public final class ResponseRenderer {
    private final XmlWriter xml = new XmlWriter();
    private final JsonWriter json = new JsonWriter();

    public RenderedResponse render(ApiResponse response) {
        Objects.requireNonNull(response, "response");
        Optional<String> callback = response.options().callback();
        ResponseFormat format = response.options().format();
        byte[] body;
        if (format == ResponseFormat.XML) {
            byte[] document = xml.write(response);
            // JSONP of XML: the whole document as one JavaScript string literal.
            body = callback.isPresent() ? json.writeString(new String(document, StandardCharsets.UTF_8), callback) : document;
        } else {
            body = json.writeResult(response, format == ResponseFormat.JSON_STRINGS, callback);
        }
        return new RenderedResponse(body, contentType(format, callback));
    }

    private static String contentType(ResponseFormat format, Optional<String> callback) {
        if (callback.isPresent()) {
            return RenderedResponse.JAVASCRIPT;
        }
        return format == ResponseFormat.XML ? RenderedResponse.XML : RenderedResponse.JSON;
    }
}
