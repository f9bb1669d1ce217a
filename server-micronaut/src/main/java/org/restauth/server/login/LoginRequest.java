package org.restauth.server.login;

import java.util.List;
import org.restauth.core.request.Param;

/**
 * The parameters of login.php that matter (docs/protocol.md §5); any other is ignored. The first value of a
 * repeated key wins. {@code popup} and {@code canvas} count when present, even valueless.
 */
record LoginRequest(String apiKey, String v, String authToken, String next, boolean popup, boolean canvas,
                    String email, String password, boolean cancel, String permissions) {

    static LoginRequest from(List<Param> params) {
        return new LoginRequest(first(params, "api_key"), first(params, "v"), first(params, "auth_token"),
                first(params, "next"), present(params, "popup"), present(params, "canvas"),
                first(params, "email"), first(params, "pass"), present(params, "cancel"),
                permissions(params));
    }

    /** req_perms and ext_perm merged (desktop apps send both), as a comma list; empty when none. */
    private static String permissions(List<Param> params) {
        String asked = String.join(",", params.stream().filter(p -> p.key().equals("req_perms")
                || p.key().equals("ext_perm")).map(Param::value).toList());
        return String.join(",", org.restauth.core.grant.ExtendedPermission.knownOf(asked));
    }

    /** Shown inside a popup or a canvas frame: those pages must not forbid framing. */
    boolean framed() {
        return popup || canvas;
    }

    private static String first(List<Param> params, String key) {
        return params.stream().filter(p -> p.key().equals(key)).map(Param::value).findFirst().orElse(null);
    }

    private static boolean present(List<Param> params, String key) {
        return params.stream().anyMatch(p -> p.key().equals(key));
    }

    /** The password and token are left out: this may reach a log. */
    @Override
    public String toString() {
        return "LoginRequest[api_key=" + apiKey + ", framed=" + framed() + ", cancel=" + cancel + "]";
    }
}
