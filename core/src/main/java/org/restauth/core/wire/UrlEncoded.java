package org.restauth.core.wire;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.restauth.core.request.Param;

/**
 * {@code application/x-www-form-urlencoded} bytes (a query string or a form body) to parameters, in order.
 * Only {@code &} separates pairs: {@code ;} is an ordinary character, as old clients sign it. A pair without
 * {@code =} is a key with an empty value; empty pairs ({@code a=1&&b=2}) are skipped. {@code +} is a space,
 * {@code %XX} a byte, and the bytes of each key and value must be UTF-8.
 */
final class UrlEncoded {
    private UrlEncoded() {
    }

    /** Appends the pairs of {@code raw} to {@code into}; on a malformed pair, throws with what was read. */
    static void parse(byte[] raw, List<Param> into) {
        int start = 0;
        while (start <= raw.length) {
            int end = indexOf(raw, (byte) '&', start, raw.length);
            if (end > start) {
                into.add(pair(raw, start, end, into));
            }
            start = end + 1;
        }
    }

    private static Param pair(byte[] raw, int start, int end, List<Param> readSoFar) {
        int eq = indexOf(raw, (byte) '=', start, end);
        String key = decode(raw, start, eq, readSoFar);
        String value = eq < end ? decode(raw, eq + 1, end, readSoFar) : "";
        return new Param(key, value);
    }

    private static String decode(byte[] raw, int from, int to, List<Param> readSoFar) {
        if (!isEscaped(raw, from, to)) {
            return StrictUtf8.decode(raw, from, to, readSoFar);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '+') {
                bytes.write(' ');
            } else if (b == '%') {
                int high = i + 2 < to ? Character.digit(raw[i + 1], 16) : -1;
                int low = high >= 0 ? Character.digit(raw[i + 2], 16) : -1;
                if (low < 0) {
                    throw new MalformedRequestException("malformed percent-encoding", readSoFar);
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                bytes.write(b);
            }
        }
        return StrictUtf8.decode(bytes.toByteArray(), readSoFar);
    }

    /** Most keys and values (api_key, sig, method...) have neither: they need no copy. */
    private static boolean isEscaped(byte[] raw, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw[i] == '%' || raw[i] == '+') {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] raw, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw[i] == wanted) {
                return i;
            }
        }
        return to;
    }
}
