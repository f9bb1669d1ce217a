package org.restauth.core.api;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.crypto.Secret;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.grant.ExtendedPermission;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.StoredSession;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.UserDirectory;

/**
 * auth.getSession: trades an approved token for a session. The token is consumed by the first call,
 * failing or not (docs/protocol.md §5).
 */
final class GetSession implements ApiMethod {
    private static final int SESSION_KEY_BYTES = 12;
    private static final int SECRET_BYTES = 16;

    private final TokenStore tokens;
    private final SessionStore sessions;
    private final SessionPolicy policy;
    private final RandomValues random;
    private final AuthEvents events;
    private final UserDirectory users;
    private final GrantStore grants;

    GetSession(TokenStore tokens, SessionStore sessions, SessionPolicy policy, RandomValues random,
               AuthEvents events, UserDirectory users, GrantStore grants) {
        this.grants = grants;
        this.tokens = tokens;
        this.users = users;
        this.sessions = sessions;
        this.policy = policy;
        this.random = random;
        this.events = events;
    }

    @Override
    public String name() {
        return "auth.getSession";
    }

    @Override
    public ApiResult call(CallContext context) {
        String token = context.required("auth_token");
        boolean wantsSecret = flag(context.request().first("generate_session_secret").orElse(""));
        Optional<StoredToken> consumed = tokens.consume(token, context.now());
        StoredToken approved = consumed
                .filter(t -> t.apiKey().equals(context.app().apiKey()) && t.isApproved()
                        && users.mayHoldSession(t.uid(), t.approvedAt()))
                .orElseThrow(() -> new ApiException(ApiError.INVALID_PARAMETER));
        Optional<Secret> secret = context.app().isDesktop() || wantsSecret
                ? Optional.of(Secret.of(random.hex(SECRET_BYTES)))
                : Optional.empty();
        String sessionKey = random.hex(SESSION_KEY_BYTES) + "-" + approved.uid();
        StoredSession session = new StoredSession(
                approved.apiKey(), approved.uid(), expires(approved, context.now()), secret);
        if (!sessions.create(sessionKey, session, context.now())) {
            throw new ApiException(ApiError.APPLICATION_LIMIT_REACHED);
        }
        events.tokenExchanged(approved.apiKey());
        events.sessionGranted(approved.apiKey(), approved.uid());
        return new ApiResult.SessionGrant(
                sessionKey, session.uid(), session.expires(), secret.map(Secret::reveal));
    }

    /**
     * Unix seconds; kept below 2^31 because the schema types it as a 32-bit int. 0 (never) only with the
     * person's offline_access grant (docs/protocol.md §13), or the deprecated lifetime 0.
     */
    private long expires(StoredToken approved, Instant now) {
        boolean offline = grants.find(approved.uid(), approved.apiKey())
                .filter(g -> g.holds(ExtendedPermission.OFFLINE_ACCESS)).isPresent();
        if (offline || policy.neverExpires()) {
            return 0;
        }
        return Math.min(Integer.MAX_VALUE, now.getEpochSecond() + policy.lifetime().toSeconds());
    }

    /** {@code 1}/{@code true} is true; {@code 0}/{@code false}/empty false; anything else is invalid. */
    static boolean flag(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true":
                return true;
            case "", "0", "false":
                return false;
            default:
                throw new ApiException(ApiError.INVALID_PARAMETER);
        }
    }
}
