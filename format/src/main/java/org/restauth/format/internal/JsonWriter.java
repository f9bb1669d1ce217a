package org.restauth.format.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.restauth.core.api.ApiResponse;

/**
 * Writes JSON values with Jackson's streaming generator, optionally as JSONP {@code name(VALUE);}.
 * Nothing goes before the name and nothing after the semicolon: one old client unwraps with
 * {@code ^name[^(]*[(](.+)[)];$} (docs/protocol.md §4).
 */
public final class JsonWriter {
    private static final byte[] JSONP_END = {')', ';'};

    private final JsonFactory factory = new JsonFactoryBuilder().characterEscapes(new ScriptSafeEscapes()).build();

    /** The result as JSON; with {@code stringsOnly} (json-strings) every scalar inside an object is a string. */
    public byte[] writeResult(ApiResponse response, boolean stringsOnly, Optional<String> callback) {
        JsonResultWriter result = new JsonResultWriter(stringsOnly);
        return write(callback, generator -> result.write(generator, response));
    }

    /** One JSON string value; JSONP of XML uses it to carry the whole document as a string literal. */
    public byte[] writeString(String text, Optional<String> callback) {
        return write(callback, generator -> generator.writeString(text));
    }

    private byte[] write(Optional<String> callback, ValueWriter value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            if (callback.isPresent()) {
                // Core has checked the name is an ASCII identifier path, so its bytes are safe as they are.
                out.write(callback.get().getBytes(StandardCharsets.US_ASCII));
                out.write('(');
            }
            try (JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8)) {
                value.write(generator);
            }
            if (callback.isPresent()) {
                out.write(JSONP_END);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON response", e);
        }
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface ValueWriter {
        void write(JsonGenerator generator) throws IOException;
    }
}
