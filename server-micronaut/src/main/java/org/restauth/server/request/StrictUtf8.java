package org.restauth.server.request;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;

/**
 * Decoding that refuses invalid bytes instead of replacing them: a value changed by U+FFFD would be
 * signed and echoed as something the client never sent.
 */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    static String decode(byte[] bytes, List<Param> readSoFar) {
        return decode(bytes, StandardCharsets.UTF_8, readSoFar);
    }

    static String decode(byte[] bytes, Charset charset, List<Param> readSoFar) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRequestException(ApiError.INVALID_PARAMETER, "invalid " + charset.name(), readSoFar);
        }
    }
}
