package org.restauth.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Secret;

class SignatureTest {
    private static final Secret SECRET = Secret.of("secretsecretsecretsecretsecret12");
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private static List<Param> vector1() {
        return List.of(new Param("method", "facebook.auth.createToken"), new Param("api_key", KEY),
                new Param("v", "1.0"), new Param("call_id", "1262304000.1234"), new Param("session_key", ""));
    }

    @Test
    void sign_protocolVector1_matches() {
        assertEquals("api_key=" + KEY + "call_id=1262304000.1234method=facebook.auth.createTokensession_key=v=1.0",
                Signature.baseString(vector1()));
        assertEquals("d02c6e2f961645a7ceff31b69ae0fd90", Signature.sign(vector1(), SECRET));
        assertEquals(new Param("sig", "d02c6e2f961645a7ceff31b69ae0fd90"), Signature.param(vector1(), SECRET));
    }

    @Test
    void sign_protocolVector2_matches() {
        List<Param> params = List.of(new Param("v", "1.0"), new Param("format", "xml"),
                new Param("method", "facebook.auth.createToken"), new Param("call_id", "1227046450038"),
                new Param("api_key", KEY));
        assertEquals("0fe3138502de1b7a7e6a17b3f4832d96", Signature.sign(params, SECRET));
    }

    @Test
    void sign_protocolVector3_matches() {
        List<Param> params = List.of(new Param("method", "facebook.auth.getSession"), new Param("api_key", KEY),
                new Param("v", "1.0"), new Param("auth_token", "3e4a22bb2f5ed75114b0fc9995ea85f1"),
                new Param("generate_session_secret", "0"), new Param("format", "JSON"),
                new Param("locale", "en_US"), new Param("sig", "ignored"));
        assertEquals("f7c6b201b46a951005e6609a2dfd3623", Signature.sign(params, SECRET));
    }

    @Test
    void verify_upperCaseHex_isRejected() {
        assertTrue(Signature.verify(vector1(), "d02c6e2f961645a7ceff31b69ae0fd90", SECRET));
        assertFalse(Signature.verify(vector1(), "D02C6E2F961645A7CEFF31B69AE0FD90", SECRET));
        assertFalse(Signature.verify(vector1(), null, SECRET));
        assertFalse(Signature.verify(vector1(), "", SECRET));
    }

    @ParameterizedTest
    @CsvSource({"a,b", "Z,a", "a,aa", "\uFFFD,\uD83D\uDE00", "\uE000,\uD800\uDC00"})
    void compareUtf8_ordersLikeUtf8Bytes(String smaller, String larger) {
        assertTrue(Signature.compareUtf8(smaller, larger) < 0);
        assertTrue(Signature.compareUtf8(larger, smaller) > 0);
    }
}
