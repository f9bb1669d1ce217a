package org.restauth.core.api;

import java.util.Objects;
import org.restauth.core.login.LoginService;

/**
 * The API and the login service {@link RestApiBuilder#assemble()} made together: one token store, one token
 * issuer and policy, one clock and one events listener, so a token the login page approves is the one
 * auth.createToken issued, under the same caps.
 */
public record RestAuth(RestApi api, LoginService login) {
    public RestAuth {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(login, "login");
    }
}
