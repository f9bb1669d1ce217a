package org.restauth.server.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Protects the login form's POST without a hidden field (the old scripted login posts only api_key, v,
 * auth_token, email, pass, keeping cookies). The form's GET sets a cookie holding HMAC-SHA256(key, auth_token);
 * the POST must bring the cookie matching its auth_token, and a present Origin (or Referer) must be our own.
 * The cookie is SameSite=Lax, so a cross-site POST arrives without it; an attacker cannot compute it.
 *
 * <p>Each form's cookie has a name of its own, {@code restauth_login_} and the first 16 hex digits of its value,
 * so that forms open in two tabs of one browser (two tokens) do not replace each other's cookie. It is kept for
 * the token's lifetime and an hour more (Max-Age): cookies do not pile up, and a form sent after its token expired
 * still carries it, so the person is told the link expired rather than that the form could not be verified. A
 * cookie named plain {@code restauth_login}, set by a server before this scheme, is still accepted when its value
 * matches.
 */
public final class CsrfGuard {
    /** The cookie name of forms shown before per-form names, and the prefix of those names. */
    static final String COOKIE = "restauth_login";
    private static final int NAME_HEX_DIGITS = 16;
    private static final Duration KEPT_PAST_THE_TOKEN = Duration.ofHours(1);
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final SameOrigin sameOrigin;
    private final long maxAgeSeconds;

    /** @param tokenLifetime how long a form's token lives; its cookie is kept an hour longer */
    CsrfGuard(byte[] key, SameOrigin sameOrigin, Duration tokenLifetime) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.sameOrigin = sameOrigin;
        this.maxAgeSeconds = tokenLifetime.plus(KEPT_PAST_THE_TOKEN).toSeconds();
    }

    /** The cookie the form that carries this token sets. */
    FormCookie cookieFor(String token) {
        String value = mac(token);
        return new FormCookie(COOKIE + "_" + value.substring(0, NAME_HEX_DIGITS), value, maxAgeSeconds);
    }

    /** May this POST go ahead? Constant-time comparison with the cookie of this token's form. */
    boolean allows(Submission submission, String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        FormCookie expected = cookieFor(token);
        String cookie = submission.cookies().getOrDefault(expected.name(), submission.cookies().get(COOKIE));
        if (cookie == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.value().getBytes(StandardCharsets.US_ASCII),
                        cookie.getBytes(StandardCharsets.US_ASCII))
                && sameOrigin.allows(submission.origin(), submission.referer(), submission.secure(), submission.host());
    }

    private String mac(String token) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has " + ALGORITHM, e);
        }
    }

    /** A form's cookie: its name, its value (the HMAC, 64 hex digits) and its Max-Age. */
    record FormCookie(String name, String value, long maxAgeSeconds) {
        @Override
        public String toString() {
            return "FormCookie[" + name.length() + "-character name]";
        }
    }

    /**
     * What a POST brings that matters here; values are never logged.
     *
     * @param cookies the request's cookies named {@code restauth_login} or {@code restauth_login_…}, by name
     */
    record Submission(Map<String, String> cookies, String origin, String referer, boolean secure, String host) {
        Submission {
            cookies = Map.copyOf(cookies);
        }

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
