package org.restauth.server.api;

import java.util.List;
import org.restauth.core.request.Param;
import org.restauth.core.wire.WireParameters;

/**
 * All parameters of one call in arrival order, read by core's rules ({@link WireParameters}); the server adds
 * only what needs Netty, the multipart decoder.
 */
public final class RequestParameters {
    private final Multipart multipart;

    /**
     * @param maxMultipartFields parts one multipart body may have (more: error 105)
     * @param maxBufferedBytes bytes the multipart decoder may buffer for one part
     */
    public RequestParameters(int maxMultipartFields, int maxBufferedBytes) {
        this.multipart = new Multipart(maxMultipartFields, maxBufferedBytes);
    }

    /** @throws org.restauth.core.wire.MalformedRequestException when a parameter cannot be decoded */
    public List<Param> read(String requestTarget, String contentType, byte[] body) {
        return WireParameters.read(requestTarget, contentType, body, multipart::parse);
    }
}
