package org.restauth.core.request;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.restauth.core.crypto.Secret;
import org.restauth.core.internal.Md5Text;

/**
 * The legacy signature: lower-case hex MD5 of every parameter but {@code sig}, as {@code key=value},
 * sorted by key in byte order, with no separator, followed by the secret (docs/protocol.md §3).
 */
public final class Signature {
    public static final String PARAM = "sig";
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX_LENGTH = 32;
    private static final Comparator<Param> BY_KEY_BYTES = (a, b) -> compareUtf8(a.key(), b.key());

    private Signature() {
    }

    /** The string that is hashed, before the secret. */
    public static String baseString(List<Param> params) {
        StringBuilder base = new StringBuilder(256);
        for (Param p : signed(params)) {
            base.append(p.key()).append('=').append(p.value());
        }
        return base.toString();
    }

    /** The signature a client computes for these parameters with this secret. */
    public static String sign(List<Param> params, Secret secret) {
        return HEX.formatHex(md5(params, secret));
    }

    /** The {@code sig} parameter a client appends to these parameters, signed with this secret. */
    public static Param param(List<Param> params, Secret secret) {
        return new Param(PARAM, sign(params, secret));
    }

    /**
     * Whether {@code sig} is the signature of these parameters under this secret. Constant-time;
     * upper-case hex is wrong, as documented.
     */
    public static boolean verify(List<Param> params, String sig, Secret secret) {
        if (sig == null || sig.length() != HEX_LENGTH) {
            return false; // the length of a valid signature is public; only its content is compared in constant time
        }
        byte[] md5 = md5(params, secret);
        int difference = 0;
        for (int i = 0; i < md5.length; i++) {
            difference |= sig.charAt(2 * i) ^ HEX_DIGITS[(md5[i] >> 4) & 0xF];
            difference |= sig.charAt(2 * i + 1) ^ HEX_DIGITS[md5[i] & 0xF];
        }
        return difference == 0;
    }

    /** Hashed as it is encoded: neither the base string nor base + secret is ever built. */
    private static byte[] md5(List<Param> params, Secret secret) {
        Param[] signed = signed(params);
        Md5Text text = Md5Text.start();
        for (Param p : signed) {
            text.add(p.key()).add("=").add(p.value());
        }
        return text.add(secret.reveal()).finish();
    }

    /** Every parameter but {@code sig}, sorted by key bytes; stable, so repeated keys keep arrival order. */
    private static Param[] signed(List<Param> params) {
        Param[] signed = new Param[params.size()];
        int n = 0;
        for (Param p : params) {
            if (!p.key().equals(PARAM)) {
                signed[n++] = p;
            }
        }
        signed = n == signed.length ? signed : Arrays.copyOf(signed, n);
        Arrays.sort(signed, BY_KEY_BYTES);
        return signed;
    }

    /** Byte order of the UTF-8 encodings; equal to String order unless surrogates meet U+E000..U+FFFF. */
    static int compareUtf8(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return utf8Rank(x) - utf8Rank(y);
            }
        }
        return a.length() - b.length();
    }

    private static int utf8Rank(char c) {
        // surrogates encode code points above U+FFFF, whose UTF-8 bytes sort after U+E000..U+FFFF
        return Character.isSurrogate(c) ? c + 0x2000 : c >= 0xE000 ? c - 0x800 : c;
    }
}
