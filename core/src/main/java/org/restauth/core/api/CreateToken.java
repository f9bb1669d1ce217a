package org.restauth.core.api;

import org.restauth.core.token.TokenIssuer;

/** auth.createToken: a new token for the calling application. */
final class CreateToken implements ApiMethod {
    private final TokenIssuer issuer;

    CreateToken(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public String name() {
        return "auth.createToken";
    }

    /** The call that fills the token store, so one address flooding it is refused before its application is. */
    @Override
    public boolean limitedByAddress() {
        return true;
    }

    @Override
    public ApiResult call(CallContext context) {
        return new ApiResult.Text(issuer.issue(context.app().apiKey()));
    }
}
