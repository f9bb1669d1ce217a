package org.restauth.core.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.restauth.core.app.Application;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.error.ApiException;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.token.TokenIssuer;
import org.restauth.core.token.TokenState;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.User;
import org.restauth.core.user.UserDirectory;

/**
 * The rules of login.php: which token a person is asked to approve, and approving it. It announces each answer
 * to a person's credentials, and each cancel, to {@link AuthEvents} ({@code loginOutcome}, and
 * {@code tokenApproved} for an approval), once: whoever renders the page announces nothing. Made by
 * {@link org.restauth.core.api.RestApiBuilder#assemble()}, over the API's own token store, issuer and policy.
 */
public final class LoginService {
    /** {@link AuthEvents#loginOutcome} of an approval and of a cancel. */
    public static final String APPROVED = "approved";
    public static final String CANCELLED = "cancelled";

    private final ApplicationRegistry applications;
    private final TokenStore tokens;
    private final TokenIssuer issuer;
    private final UserDirectory users;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final GrantStore grants;
    private final AuthEvents events;

    /**
     * @param throttle counts failed logins; an email or address with too many is refused for a while
     * @param grants approving a token authorizes the application for the person
     * @param events told each login outcome
     */
    public LoginService(ApplicationRegistry applications, TokenStore tokens, TokenIssuer issuer,
                        UserDirectory users, LoginThrottle throttle, GrantStore grants, Clock clock,
                        AuthEvents events) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.events = Objects.requireNonNull(events, "events");
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
        LoginResult result = check(apiKey, token, email, password, clientAddress);
        announce(result);
        return result;
    }

    /**
     * The person declined: nothing is approved; the application, if the api key names one. Announced as
     * {@link #CANCELLED}.
     */
    public Optional<Application> cancel(String apiKey) {
        Optional<Application> app = apiKey == null ? Optional.empty() : applications.find(apiKey);
        events.loginOutcome(app.map(Application::apiKey).orElse(null), CANCELLED);
        return app;
    }

    private LoginResult check(String apiKey, String token, String email, char[] password, String clientAddress) {
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

    /** By the application's key only, null when the link named none known: a caller's string is never passed on. */
    private void announce(LoginResult result) {
        if (result instanceof LoginResult.Ready ready) {
            events.tokenApproved(ready.app().apiKey());
            events.loginOutcome(ready.app().apiKey(), APPROVED);
        } else if (result instanceof LoginResult.Refused refused) {
            events.loginOutcome(refused.app() == null ? null : refused.app().apiKey(),
                    refused.reason().name().toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }
}
