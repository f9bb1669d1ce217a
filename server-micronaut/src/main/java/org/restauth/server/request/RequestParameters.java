package org.restauth.server.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.restauth.core.request.Param;

/**
 * All parameters of one call in arrival order: the query string's first, then the body's. Both are read
 * from the raw bytes, so that nothing is reordered, merged or silently dropped on the way.
 */
public final class RequestParameters {
    private static final String MULTIPART = "multipart/form-data";

    private final Multipart multipart;

    /**
     * @param maxMultipartFields parts one multipart body may have (more: error 105)
     * @param maxBufferedBytes bytes the multipart decoder may buffer for one part
     */
    public RequestParameters(int maxMultipartFields, int maxBufferedBytes) {
        this.multipart = new Multipart(maxMultipartFields, maxBufferedBytes);
    }

    /**
     * @param requestTarget the request line's target as received ({@code /restserver.php?a=1}); its
     *     characters are the received bytes (ISO-8859-1), so non-ASCII UTF-8 sent unescaped survives
     * @param contentType the Content-Type header, or null
     * @param body the raw body, empty when there is none
     * @throws MalformedRequestException when a parameter cannot be decoded
     */
    public List<Param> read(String requestTarget, String contentType, byte[] body) {
        List<Param> params = new ArrayList<>();
        UrlEncoded.parse(query(requestTarget).getBytes(StandardCharsets.ISO_8859_1), params);
        if (body.length > 0) {
            if (isMultipart(contentType)) {
                multipart.parse(contentType, body, params);
            } else {
                // urlencoded, and any other or missing type: old clients do not all label their forms
                UrlEncoded.parse(body, params);
            }
        }
        return params;
    }

    private static String query(String target) {
        int question = target.indexOf('?');
        if (question < 0) {
            return "";
        }
        int hash = target.indexOf('#', question);
        return target.substring(question + 1, hash < 0 ? target.length() : hash);
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.trim().toLowerCase(Locale.ROOT).startsWith(MULTIPART);
    }
}
