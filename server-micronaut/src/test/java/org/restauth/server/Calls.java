package org.restauth.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/** Builds calls the way old clients do. */
final class Calls {
    private Calls() {
    }

    static Param p(String key, String value) {
        return new Param(key, value);
    }

    /** The params with {@code sig} appended, signed with the secret. */
    static List<Param> signed(String secret, Param... params) {
        List<Param> all = new ArrayList<>(List.of(params));
        all.add(Signature.param(all, Secret.of(secret)));
        return all;
    }

    /** A createToken call of the desktop test application, plus any extra params, signed. */
    static List<Param> createToken(Param... extra) {
        List<Param> params = new ArrayList<>();
        params.add(p("method", "auth.createToken"));
        params.add(p("api_key", TestApps.DESKTOP_KEY));
        params.addAll(List.of(extra));
        return signed(TestApps.DESKTOP_SECRET, params.toArray(Param[]::new));
    }

    /** {@code application/x-www-form-urlencoded}, as browsers and old clients write it. */
    static String encode(List<Param> params) {
        return params.stream()
                .map(x -> URLEncoder.encode(x.key(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(x.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
