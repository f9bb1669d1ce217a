package org.restauth.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;

/** What gets signed: the parameters as the client sent them, in arrival order. */
class WireParametersTest {

    private static List<Param> read(String target, String contentType, String body) {
        return WireParameters.read(target, contentType, body.getBytes(StandardCharsets.UTF_8),
                WireParameters.NO_MULTIPART);
    }

    @Test
    void read_queryAndBody_queryFirstThenBodyInArrivalOrder() {
        assertEquals(List.of(new Param("b", "2"), new Param("a", "1"), new Param("c", "3")),
                read("/restserver.php?b=2&a=1", "application/x-www-form-urlencoded", "c=3"));
    }

    @Test
    void read_semicolon_isAnOrdinaryCharacter() {
        assertEquals(List.of(new Param("a", "1;b=2")), read("/restserver.php?a=1;b=2", null, ""));
    }

    @Test
    void read_repeatedEmptyAndBareKeys_areKeptAsSentAndEmptyPairsSkipped() {
        assertEquals(List.of(new Param("a", "1"), new Param("a", "2"), new Param("c", ""), new Param("", "x")),
                read("/m?a=1&&a=2&c&=x", null, ""));
    }

    @Test
    void read_plusAndPercent_areDecoded() {
        assertEquals(List.of(new Param("v", "a b&\u00e9")), read("/m?v=a+b%26%C3%A9", null, ""));
    }

    @Test
    void read_unlabelledBody_isReadAsAForm() {
        assertEquals(List.of(new Param("a", "1"), new Param("b", "2")), read("/m", null, "a=1&b=2"));
        assertEquals(List.of(new Param("a", "1")), read("/m", "text/plain", "a=1"));
    }

    @Test
    void read_invalidUtf8_isError100WithWhatWasReadBefore() {
        byte[] body = {'b', '=', (byte) 0xC3, '('};
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> WireParameters.read("/m?a=1", null, body, WireParameters.NO_MULTIPART));

        assertEquals(ApiError.INVALID_PARAMETER, e.error());
        assertEquals(List.of(new Param("a", "1")), e.readSoFar());
    }

    @Test
    void read_truncatedPercentEscape_isError100() {
        assertEquals(ApiError.INVALID_PARAMETER,
                assertThrows(MalformedRequestException.class, () -> read("/m?a=%4", null, "")).error());
    }

    @Test
    void read_multipartWithoutADecoder_isError100() {
        assertEquals(ApiError.INVALID_PARAMETER, assertThrows(MalformedRequestException.class,
                () -> read("/m", "multipart/form-data; boundary=x", "--x--")).error());
    }

    @Test
    void query_fragment_isLeftOut() {
        assertEquals("a=1", WireParameters.query("/m?a=1#top"));
        assertEquals("", WireParameters.query("/m"));
    }
}
