package org.restauth.core.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.restauth.core.request.Param;

/**
 * Decoding that refuses invalid bytes instead of replacing them: a value changed by U+FFFD would be
 * signed and echoed as something the client never sent.
 */
public final class StrictUtf8 {
    private StrictUtf8() {
    }

    public static String decode(byte[] bytes, List<Param> readSoFar) {
        return decode(bytes, 0, bytes.length, readSoFar);
    }

    /**
     * Bytes {@code from} to {@code to} of {@code bytes}. ASCII, what almost every parameter is, is valid UTF-8
     * as it stands: no decoder is made for it (one decoder per key and value is costly at this call rate).
     */
    public static String decode(byte[] bytes, int from, int to, List<Param> readSoFar) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return decode(Arrays.copyOfRange(bytes, from, to), StandardCharsets.UTF_8, readSoFar);
            }
        }
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }

    /** In {@code charset} (a multipart part may name its own), refusing what it cannot decode. */
    public static String decode(byte[] bytes, Charset charset, List<Param> readSoFar) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException("invalid " + charset.name(), readSoFar);
        }
    }
}
