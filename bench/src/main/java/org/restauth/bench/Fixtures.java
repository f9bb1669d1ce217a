package org.restauth.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import org.restauth.core.token.TokenPolicy;

/** The application and the calls every benchmark uses: realistic sizes, as old clients send them. */
final class Fixtures {
    static final String API_KEY = "0123456789abcdef0123456789abcdef";
    static final Secret SECRET = Secret.of("secretsecretsecretsecretsecret12");
    static final Application APP = Application.desktop(API_KEY, SECRET, "Bench");
    static final long START_MILLIS = 1_262_304_000_000L;

    private Fixtures() {
    }

    /** Caps far above anything a run reaches: the benchmark measures work, never LIMIT_REACHED. */
    static TokenPolicy uncappedPolicy(Duration lifetime) {
        return new TokenPolicy(lifetime, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** A signed auth.getSession call of 10 parameters, {@code sig} included (the shape of docs/protocol.md's third vector). */
    static List<Param> getSessionCall() {
        return getSessionCall("3e4a22bb2f5ed75114b0fc9995ea85f1");
    }

    /** The same call for the given token. */
    static List<Param> getSessionCall(String token) {
        List<Param> params = new ArrayList<>(List.of(
                new Param("method", "facebook.auth.getSession"),
                new Param("api_key", API_KEY),
                new Param("v", "1.0"),
                new Param("session_key", ""),
                new Param("call_id", "1262304000.1234"),
                new Param("auth_token", token),
                new Param("format", "JSON"),
                new Param("generate_session_secret", "0"),
                new Param("locale", "en_US")));
        params.add(Signature.param(params, SECRET));
        return List.copyOf(params);
    }

    /** A signed auth.createToken call as a typical desktop client sends it. */
    static List<Param> createTokenCall(String format) {
        List<Param> params = new ArrayList<>(List.of(
                new Param("method", "facebook.auth.createToken"),
                new Param("api_key", API_KEY),
                new Param("v", "1.0"),
                new Param("call_id", "1262304000.1234"),
                new Param("session_key", ""),
                new Param("format", format)));
        params.add(Signature.param(params, SECRET));
        return List.copyOf(params);
    }
}
