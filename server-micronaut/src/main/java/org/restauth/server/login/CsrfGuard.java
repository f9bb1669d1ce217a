package org.restauth.server.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects the login form's POST without a hidden field (the old scripted login posts only api_key, v,
 * auth_token, email, pass, keeping cookies). The form's GET sets a cookie holding HMAC-SHA256(key, auth_token);
 * the POST must bring the cookie matching its auth_token, and a present Origin (or Referer) must be our own.
 * The cookie is SameSite=Lax, so a cross-site POST arrives without it; an attacker cannot compute it.
 */
public final class CsrfGuard {
    static final String COOKIE = "restauth_login";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final SameOrigin sameOrigin;

    CsrfGuard(byte[] key, SameOrigin sameOrigin) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.sameOrigin = sameOrigin;
    }

    /** The cookie value for the form that carries this token. */
    String cookieFor(String token) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }

    /** May this POST go ahead? Constant-time cookie comparison. */
    boolean allows(Submission submission, String token) {
        if (token == null || token.isEmpty() || submission.cookie() == null) {
            return false;
        }
        byte[] expected = cookieFor(token).getBytes(StandardCharsets.US_ASCII);
        byte[] received = submission.cookie().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, received)
                && sameOrigin.allows(submission.origin(), submission.referer(), submission.secure(), submission.host());
    }

    /** What a POST brings that matters here; values are never logged. */
    record Submission(String cookie, String origin, String referer, boolean secure, String host) {
        @Override
        public String toString() {
            return "Submission[origin=" + origin + "]";
        }
    }

    @Override
    public String toString() {
        return "CsrfGuard[HmacSHA256]";
    }
}
