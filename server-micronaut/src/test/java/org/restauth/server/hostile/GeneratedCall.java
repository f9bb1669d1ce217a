package org.restauth.server.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.restauth.core.request.Param;

/**
 * One generated call: parameters, how they travel, and optional raw bytes appended to the query string
 * (malformed escapes, invalid UTF-8) that no encoder would produce.
 *
 * @param rawTail ISO-8859-1 chars standing for bytes; empty for none
 */
record GeneratedCall(List<Param> params, Transport transport, String rawTail) {
    static final String BOUNDARY = "jqwikBoundary4f1c";

    enum Transport { QUERY, FORM, MULTIPART, SPLIT }

    /** Whether the server must read back exactly these parameters (no raw bytes, no multipart quirks). */
    boolean echoesExactly() {
        return rawTail.isEmpty() && transport != Transport.MULTIPART;
    }

    String target() {
        String query = switch (transport) {
            case QUERY -> Wire.encode(params);
            case SPLIT -> Wire.encode(params.subList(0, Math.min(2, params.size())));
            case FORM, MULTIPART -> "";
        };
        String tail = rawTail.isEmpty() ? "" : (query.isEmpty() ? "" : "&") + rawTail;
        return "/restserver.php?" + query + tail;
    }

    String contentType() {
        return transport == Transport.MULTIPART ? "multipart/form-data; boundary=" + BOUNDARY : Wire.FORM;
    }

    byte[] body() {
        return switch (transport) {
            case QUERY -> new byte[0];
            case FORM -> Wire.encode(params).getBytes(StandardCharsets.UTF_8);
            case SPLIT -> Wire.encode(params.subList(Math.min(2, params.size()), params.size()))
                    .getBytes(StandardCharsets.UTF_8);
            case MULTIPART -> multipart();
        };
    }

    private byte[] multipart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Param p : params) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.key() + "\"\r\n\r\n"
                    + p.value() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
