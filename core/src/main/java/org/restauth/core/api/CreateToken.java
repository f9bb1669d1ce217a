package org.restauth.core.api;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.restauth.core.app.Application;
import org.restauth.core.limit.Admission;
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

    @Override
    public ApiResult call(CallContext context) {
        return new ApiResult.Text(issuer.issue(context.app().apiKey()));
    }

    /** The call once the limiters let it through, in the same store step as the token's creation. */
    CompletionStage<ApiResult> callAdmitted(Application app, List<Admission> admissions) {
        return issuer.issueAdmitted(app.apiKey(), admissions).thenApply(ApiResult.Text::new);
    }
}
