package org.restauth.server.hostile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/**
 * Calls as hostile or careless clients send them: known and random keys (empty, duplicated, unicode,
 * control characters), any values, methods in any spelling, formats and callbacks valid or not, every
 * transport, sometimes raw malformed bytes; three in ten are well-formed signed calls, so that the success
 * paths are reached too. Drawn from jqwik's seeded Random by hand: composing arbitraries cost ~1 ms a
 * case, and 100 000 cases must stay fast. A failing case is reported whole (no shrinking).
 */
final class HostileArbitraries {
    static final List<String> KNOWN_KEYS = List.of("method", "api_key", "sig", "v", "call_id", "format", "callback",
            "session_key", "ss", "auth_token", "generate_session_secret", "uid", "locale");
    private static final List<String> BENIGN_KEYS = List.of("v", "call_id", "format", "callback", "locale",
            "session_key", "auth_token", "generate_session_secret");
    private static final List<String> METHODS = List.of("auth.createToken", "facebook.auth.createToken",
            "AUTH.CREATETOKEN", "auth.getSession", "facebook.auth.getSession", "auth.expireSession",
            "auth.promoteSession", "auth.revokeAuthorization", "facebook.facebook.auth.createToken", "auth.",
            "users.getInfo", "");
    private static final List<String> NASTY = List.of("<script>alert(1)</script>", "</x>", "]]>", "\u0000",
            "\ud83d\ude00", "\ud834\udd1e<\u2028\u2029>", "\ufeff", "\ufffe\uffff", "&amp;", "\\u003c", "\"'", "%00",
            "a\r\nb", " ", "", "0", "-1", "1e999", "null", "true", "a=b&c=d");
    private static final List<String> FORMATS = List.of("xml", "json", "json-strings", "JSON", "XML", "Json-Strings");
    private static final List<String> CALLBACKS = List.of("cb", "jQuery1234_5678", "a.b.c", "$", "_x.$y", "FB.Api.cb");
    private static final List<String> RAW_TAILS = List.of("v=%zz", "v=%C3%28", "v=%", "x=%ED%A0%80", "%FF=1",
            "a=\u00e9", "=v", "a=%F0%9F%98", "%00=%00");

    private HostileArbitraries() {
    }

    static Arbitrary<GeneratedCall> calls() {
        return Arbitraries.randomValue(r -> r.nextInt(10) < 3 ? wellFormed(r) : anyCall(r));
    }

    private static GeneratedCall wellFormed(Random r) {
        List<Param> params = new ArrayList<>(List.of(new Param("method", pick(r, METHODS.subList(0, 8))),
                new Param("api_key", Wire.KEY)));
        Set<String> used = new HashSet<>();
        for (int i = r.nextInt(5); i > 0; i--) {
            String key = pick(r, BENIGN_KEYS);
            if (used.add(key)) {
                params.add(new Param(key, value(r, key)));
            }
        }
        return new GeneratedCall(sign(params), transport(r), "");
    }

    private static GeneratedCall anyCall(Random r) {
        List<Param> params = new ArrayList<>();
        int head = r.nextInt(4);
        if (head >= 1) {
            params.add(new Param("method", value(r, "method")));
        }
        if (head >= 2) {
            params.add(new Param("api_key", value(r, "api_key")));
        }
        for (int i = r.nextInt(9); i > 0; i--) {
            String key = key(r);
            params.add(new Param(key, value(r, key)));
        }
        String tail = r.nextInt(13) == 0 ? pick(r, RAW_TAILS) : "";
        return new GeneratedCall(r.nextBoolean() ? sign(params) : params, transport(r), tail);
    }

    private static List<Param> sign(List<Param> params) {
        params.removeIf(p -> p.key().equals("sig"));
        params.add(Signature.param(params, Secret.of(Wire.SECRET)));
        return params;
    }

    private static GeneratedCall.Transport transport(Random r) {
        return pick(r, List.of(GeneratedCall.Transport.values()));
    }

    private static String key(Random r) {
        int kind = r.nextInt(10);
        return kind < 6 ? pick(r, KNOWN_KEYS) : kind < 9 ? text(r, 12) : "";
    }

    static String value(Random r, String key) {
        boolean usual = r.nextBoolean();
        return switch (key) {
            case "method" -> usual ? pick(r, METHODS) : text(r, 20);
            case "api_key" -> usual ? Wire.KEY : text(r, 40);
            case "format" -> usual ? pick(r, FORMATS) : text(r, 8);
            case "callback" -> usual ? pick(r, CALLBACKS) : r.nextBoolean() ? "c".repeat(120 + r.nextInt(20)) : text(r, 20);
            case "call_id" -> usual ? digits(r, 1 + r.nextInt(300)) : text(r, 10);
            default -> text(r, 30);
        };
    }

    /** Plain ASCII, control characters, any BMP text, or a nasty sample (markup, emoji, separators). */
    static String text(Random r, int maxLength) {
        int length = r.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(length);
        switch (r.nextInt(5)) {
            case 0, 1 -> r.ints(length, 0x20, 0x7F).forEach(c -> s.append((char) c));
            case 2 -> r.ints(length, 0, 0x30).forEach(c -> s.append(c < 0x20 ? (char) c : " a=&%+\u007f\u0085".charAt(c % 8)));
            case 3 -> r.ints(length, 0x80, 0x10FFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF).forEach(s::appendCodePoint);
            default -> s.append(pick(r, NASTY));
        }
        return s.toString();
    }

    private static String digits(Random r, int length) {
        StringBuilder s = new StringBuilder(length);
        r.ints(length, '0', '9' + 1).forEach(c -> s.append((char) c));
        return s.toString();
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
