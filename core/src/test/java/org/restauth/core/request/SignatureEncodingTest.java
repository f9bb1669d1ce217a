package org.restauth.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Secret;

/**
 * The signature hashes the UTF-8 bytes as it encodes them, without building base + secret: it must give
 * exactly the MD5 of {@code (baseString + secret).getBytes(UTF_8)}, whatever the characters.
 */
class SignatureEncodingTest {
    private static final Secret SECRET = Secret.of("sécret-✓-\uD83D\uDE00");

    private static String reference(List<Param> params) throws NoSuchAlgorithmException {
        byte[] bytes = (Signature.baseString(params) + SECRET.reveal()).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }

    @Test
    void sign_twoThreeAndFourByteCharacters_matchesMd5OfConcatenation() throws Exception {
        List<Param> params = List.of(new Param("name", "Zoë Ωmega ✓ \uD83D\uDE00"), new Param("é", "€"));
        assertEquals(reference(params), Signature.sign(params, SECRET));
    }

    @Test
    void sign_surrogatePairSplitAcrossValueAndNextKey_matchesMd5OfConcatenation() throws Exception {
        List<Param> params = List.of(new Param("a", "x\uD83D"), new Param("\uDE00b", "y"));
        assertEquals(reference(params), Signature.sign(params, SECRET));
    }

    @Test
    void sign_loneSurrogates_matchesMd5OfConcatenation() throws Exception {
        List<Param> params = List.of(new Param("a", "\uDE00lone low"), new Param("b", "lone high\uD83D"),
                new Param("c", "\uD83D\uD83D\uDE00"));
        assertEquals(reference(params), Signature.sign(params, SECRET));
    }

    @Test
    void sign_valuesLongerThanTheEncodingBuffer_matchesMd5OfConcatenation() throws Exception {
        List<Param> params = List.of(new Param("ascii", "a".repeat(5000)), new Param("mixed", "ä✓\uD83D\uDE00".repeat(700)));
        assertEquals(reference(params), Signature.sign(params, SECRET));
    }

    @Test
    void verify_nonAsciiCall_acceptsItsSignatureOnly() throws Exception {
        List<Param> params = List.of(new Param("method", "auth.createToken"), new Param("locale", "日本語"));
        String sig = reference(params);
        assertTrue(Signature.verify(params, sig, SECRET));
        assertFalse(Signature.verify(params, sig.substring(0, 31) + (sig.charAt(31) == '0' ? '1' : '0'), SECRET));
        assertFalse(Signature.verify(params, sig + "0", SECRET));
    }
}
