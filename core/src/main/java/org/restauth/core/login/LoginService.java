package org.restauth.core.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.restauth.core.app.Application;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.error.ApiException;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.token.TokenIssuer;
import org.restauth.core.token.TokenState;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.User;
import org.restauth.core.user.UserDirectory;

/** The rules of login.php: which token a person is asked to approve, and approving it. */
public final class LoginService {
    private final ApplicationRegistry applications;
    private final TokenStore tokens;
    private final TokenIssuer issuer;
    private final UserDirectory users;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final GrantStore grants;

    /**
     * @param throttle counts failed logins; an email or address with too many is refused for a while
     * @param grants approving a token authorizes the application for the person
     */
    public LoginService(ApplicationRegistry applications, TokenStore tokens, TokenIssuer issuer,
                        UserDirectory users, LoginThrottle throttle, GrantStore grants, Clock clock) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.users = Objects.requireNonNull(users, "users");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Before the form is shown: the application and a usable token. A web application's login may come
     * without a token; then one is created for it (docs/protocol.md §5).
     */
    public LoginResult prepare(String apiKey, String token) {
        Application app = apiKey == null ? null : applications.find(apiKey).orElse(null);
        if (app == null) {
            return new LoginResult.Refused(LoginFailure.UNKNOWN_APPLICATION, null);
        }
        if (isBlank(token)) {
            if (app.isDesktop()) {
                return new LoginResult.Refused(LoginFailure.INVALID_TOKEN, app);
            }
            try {
                return new LoginResult.Ready(app, issuer.issue(app.apiKey()), 0);
            } catch (ApiException e) {
                return new LoginResult.Refused(LoginFailure.UNAVAILABLE, app);
            }
        }
        boolean usable = tokens.peek(token, clock.instant())
                .filter(t -> t.apiKey().equals(app.apiKey()) && t.state() == TokenState.ISSUED)
                .isPresent();
        return usable ? new LoginResult.Ready(app, token, 0) : new LoginResult.Refused(LoginFailure.INVALID_TOKEN, app);
    }

    /**
     * The person's credentials: on success the token is APPROVED for their uid. While the email or the address
     * is locked, the password is not checked at all (a right one is refused too, or the lock would tell a
     * guesser when they hit); a store that cannot be reached refuses (UNAVAILABLE), never lets through.
     */
    public LoginResult approve(String apiKey, String token, String email, char[] password, String clientAddress) {
        LoginResult prepared = prepare(apiKey, token);
        if (!(prepared instanceof LoginResult.Ready ready)) {
            return prepared;
        }
        Application app = ready.app();
        Instant now = clock.instant();
        String normalized = email == null ? "" : User.normalizeEmail(email);
        String address = clientAddress == null ? "" : clientAddress;
        try {
            Optional<Instant> locked = throttle.lockedUntil(normalized, address, now);
            if (locked.isPresent()) {
                return new LoginResult.Refused(LoginFailure.TOO_MANY_ATTEMPTS, app, Duration.between(now, locked.get()));
            }
            OptionalLong uid = users.authenticate(normalized, password == null ? new char[0] : password);
            if (uid.isEmpty()) {
                throttle.failed(normalized, address, now);
                return new LoginResult.Refused(LoginFailure.BAD_CREDENTIALS, app);
            }
            throttle.succeeded(normalized);
            return approved(ready, uid.getAsLong(), now);
        } catch (ApiException e) {
            return new LoginResult.Refused(LoginFailure.UNAVAILABLE, app);
        }
    }

    private LoginResult approved(LoginResult.Ready ready, long uid, Instant now) {
        return switch (tokens.approve(ready.token(), ready.app().apiKey(), uid, now)) {
            case APPROVED -> {
                grants.authorize(uid, ready.app().apiKey(), now);
                yield new LoginResult.Ready(ready.app(), ready.token(), uid);
            }
            default -> new LoginResult.Refused(LoginFailure.INVALID_TOKEN, ready.app());
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }
}
