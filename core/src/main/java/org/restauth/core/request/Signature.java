package org.restauth.core.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.restauth.core.crypto.Secret;

/**
 * The legacy signature: lower-case hex MD5 of every parameter but {@code sig}, as {@code key=value},
 * sorted by key in byte order, with no separator, followed by the secret (PROTOCOL.md section 3).
 */
public final class Signature {
    public static final String PARAM = "sig";
    private static final HexFormat HEX = HexFormat.of();
    private static final Comparator<Param> BY_KEY_BYTES = Comparator.comparing(Param::key, Signature::compareUtf8);

    private Signature() {
    }

    /** The string that is hashed, before the secret. */
    public static String baseString(List<Param> params) {
        List<Param> sorted = new ArrayList<>(params.size());
        for (Param p : params) {
            if (!p.key().equals(PARAM)) {
                sorted.add(p);
            }
        }
        sorted.sort(BY_KEY_BYTES);
        StringBuilder base = new StringBuilder(256);
        for (Param p : sorted) {
            base.append(p.key()).append('=').append(p.value());
        }
        return base.toString();
    }

    /** The signature a client computes for these parameters with this secret. */
    public static String sign(List<Param> params, Secret secret) {
        return HEX.formatHex(md5(baseString(params) + secret.reveal()));
    }

    /**
     * Whether {@code sig} is the signature of these parameters under this secret. Constant-time;
     * upper-case hex is wrong, as documented.
     */
    public static boolean verify(List<Param> params, String sig, Secret secret) {
        if (sig == null) {
            return false;
        }
        byte[] expected = sign(params, secret).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
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
