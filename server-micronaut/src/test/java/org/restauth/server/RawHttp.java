package org.restauth.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/** Reads one HTTP/1.1 response with a Content-Length body (what the server sends) from raw bytes. */
final class RawHttp {
    private RawHttp() {
    }

    static ApiClient.Answer parse(byte[] raw) {
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        int headerEnd = all.indexOf("\r\n\r\n");
        String[] lines = all.substring(0, headerEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        String noSniff = "";
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-type")) {
                contentType = value;
            } else if (name.equals("x-content-type-options")) {
                noSniff = value;
            }
        }
        return new ApiClient.Answer(status, contentType, noSniff, Arrays.copyOfRange(raw, headerEnd + 4, raw.length));
    }
}
