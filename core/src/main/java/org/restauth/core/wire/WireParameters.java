package org.restauth.core.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.restauth.core.request.Param;

/**
 * All parameters of one call in arrival order, from the raw bytes: what decides what gets signed. The query
 * string's pairs come first, then the body's; only {@code &} separates pairs ({@code ;} is ordinary), repeated
 * and empty keys are kept as sent, every key and value must be strict UTF-8, and a body of any type but
 * multipart is read as a form (old clients do not all label their forms). Multipart needs an HTTP stack's
 * decoder: the adapter passes one.
 */
public final class WireParameters {
    private static final String MULTIPART = "multipart/form-data";

    /** An adapter's decoder of multipart bodies, appending the parts' fields to {@code into} in order. */
    @FunctionalInterface
    public interface MultipartDecoder {
        /** @throws MalformedRequestException with the fields read so far, when the body cannot be read */
        void decode(String contentType, byte[] body, List<Param> into);
    }

    /** Refuses every multipart body: for adapters that have no decoder for it. */
    public static final MultipartDecoder NO_MULTIPART = (type, body, into) -> {
        throw new MalformedRequestException("multipart bodies are not read here", into);
    };

    private WireParameters() {
    }

    /**
     * @param requestTarget the request line's target as received ({@code /restserver.php?a=1}); its
     *     characters are the received bytes (ISO-8859-1), so non-ASCII UTF-8 sent unescaped survives
     * @param contentType the Content-Type header, or null
     * @param body the raw body, empty when there is none
     * @throws MalformedRequestException when a parameter cannot be decoded
     */
    public static List<Param> read(String requestTarget, String contentType, byte[] body, MultipartDecoder multipart) {
        List<Param> params = new ArrayList<>();
        UrlEncoded.parse(query(requestTarget).getBytes(StandardCharsets.ISO_8859_1), params);
        if (body.length > 0) {
            if (isMultipart(contentType)) {
                multipart.decode(contentType, body, params);
            } else {
                UrlEncoded.parse(body, params);
            }
        }
        return params;
    }

    /** The query string of a request target, without {@code ?} and fragment; empty when there is none. */
    public static String query(String requestTarget) {
        int question = requestTarget.indexOf('?');
        if (question < 0) {
            return "";
        }
        int hash = requestTarget.indexOf('#', question);
        return requestTarget.substring(question + 1, hash < 0 ? requestTarget.length() : hash);
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith(MULTIPART);
    }
}
