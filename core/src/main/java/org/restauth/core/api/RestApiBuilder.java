package org.restauth.core.api;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.grant.InMemoryGrantStore;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.login.LoginService;
import org.restauth.core.login.LoginThrottle;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.InputRules;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenIssuer;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.InMemoryPersonStore;
import org.restauth.core.user.PersonStore;

/**
 * Wires a {@link RestApi} and, with {@link #assemble()}, the login service beside it over the same stores,
 * policies, clock and events. The stores and the clock are required (core never reads the wall clock
 * itself: pass {@code Clock.systemUTC()}); the rest default to the default policies and no rate limit. The
 * token policy's caps apply to the token store the stores were made with.
 */
public final class RestApiBuilder {
    /** Default cap on parameters per call (error 105 above it). */
    public static final int DEFAULT_MAX_PARAMS = 100;

    private Stores stores;
    private TokenPolicy tokenPolicy = TokenPolicy.DEFAULT;
    private SessionPolicy sessionPolicy = SessionPolicy.DEFAULT;
    private RateLimiter applicationLimiter = RateLimiter.UNLIMITED;
    private RateLimiter addressLimiter = RateLimiter.UNLIMITED;
    private InputRules inputRules = InputRules.DEFAULT;
    private RandomValues random;
    private Clock clock;
    private int maxParams = DEFAULT_MAX_PARAMS;
    private AuthEvents events = AuthEvents.NONE;
    private PersonStore people;
    private GrantStore grants;
    private String profileUrlBase = "";
    private LoginThrottle loginThrottle = LoginThrottle.NONE;

    RestApiBuilder() {
    }

    /** The stores: tokens, sessions and applications come from here ({@link Stores#inMemory} for one process). */
    public RestApiBuilder stores(Stores stores) {
        this.stores = stores;
        return this;
    }

    public RestApiBuilder tokenPolicy(TokenPolicy tokenPolicy) {
        this.tokenPolicy = tokenPolicy;
        return this;
    }

    public RestApiBuilder sessionPolicy(SessionPolicy sessionPolicy) {
        this.sessionPolicy = sessionPolicy;
        return this;
    }

    /** Keyed by api key; error 4 when it refuses. */
    public RestApiBuilder applicationLimiter(RateLimiter limiter) {
        this.applicationLimiter = limiter;
        return this;
    }

    /**
     * Keyed by {@link ApiRequest#clientAddress()}, for auth.createToken only (the call that fills the token
     * store); error 4 when it refuses. Requests without an address are not limited by it.
     */
    public RestApiBuilder addressLimiter(RateLimiter limiter) {
        this.addressLimiter = limiter;
        return this;
    }

    /** Key and value length limits; error 100 past them, and for empty or duplicated keys. */
    public RestApiBuilder inputRules(InputRules rules) {
        this.inputRules = rules;
        return this;
    }

    public RestApiBuilder random(RandomValues random) {
        this.random = random;
        return this;
    }

    public RestApiBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /** The people users.getInfo serves; default an empty in-memory store. */
    public RestApiBuilder personStore(PersonStore people) {
        this.people = people;
        return this;
    }

    /** Who authorized which app with which permissions; default an in-memory store. */
    public RestApiBuilder grantStore(GrantStore grants) {
        this.grants = grants;
        return this;
    }

    /** Where people's pages are: {@code profile_url} is this plus the uid; empty (the default) for none. */
    public RestApiBuilder profileUrlBase(String base) {
        this.profileUrlBase = Objects.requireNonNull(base, "base");
        return this;
    }

    public RestApiBuilder maxParams(int maxParams) {
        this.maxParams = maxParams;
        return this;
    }

    /** Told what happens (tokens issued, exchanged, sessions ended, refusals); none by default. */
    public RestApiBuilder events(AuthEvents events) {
        this.events = events;
        return this;
    }

    /** The login page's failure counters; none by default. Only {@link #assemble()}'s login service uses it. */
    public RestApiBuilder loginThrottle(LoginThrottle throttle) {
        this.loginThrottle = Objects.requireNonNull(throttle, "throttle");
        return this;
    }

    public RestApi build() {
        return assemble().api();
    }

    /**
     * The API and the login service, sharing one token issuer: the login service approves tokens in the API's
     * token store, logs people in from the stores' {@link Stores#users()} (whom auth.getSession asks too), and
     * announces to the same events.
     */
    public RestAuth assemble() {
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(clock, "clock");
        TokenStore tokenStore = stores.tokens();
        SessionStore sessionStore = stores.sessions();
        RandomValues values = random != null ? random : RandomValues.secure();
        Objects.requireNonNull(events, "events");
        PersonStore personStore = people != null ? people : new InMemoryPersonStore();
        GrantStore grantStore = grants != null ? grants : new InMemoryGrantStore();
        UserRows rows = new UserRows(profileUrlBase);
        TokenIssuer issuer = new TokenIssuer(tokenStore, tokenPolicy, values, clock, events);
        RestApiSettings settings =
                new RestApiSettings(
                stores.applications(), sessionStore, applicationLimiter, addressLimiter, maxParams, inputRules, clock,
                events);
        RestApi api = new RestApi(settings, List.of(
                new CreateToken(issuer),
                new GetSession(tokenStore, sessionStore, sessionPolicy, values, events, stores.users(), grantStore),
                SessionMethods.expireSession(sessionStore, events),
                SessionMethods.promoteSession(sessionStore, values),
                SessionMethods.revokeAuthorization(sessionStore, grantStore, events),
                IdentityMethods.getLoggedInUser(),
                GetInfo.info(personStore, grantStore, rows),
                GetInfo.standardInfo(personStore, grantStore, rows),
                IdentityMethods.isAppUser(grantStore),
                IdentityMethods.isVerified(personStore),
                IdentityMethods.hasAppPermission(grantStore),
                IdentityMethods.revokeExtendedPermission(grantStore, sessionStore)));
        LoginService login = new LoginService(stores.applications(), tokenStore, issuer, stores.users(), loginThrottle,
                grantStore, clock, events);
        return new RestAuth(api, login);
    }
}
