package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.restauth.core.app.Application;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.Secret;
import org.restauth.core.error.ApiError;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.login.LoginResult;
import org.restauth.core.login.LoginService;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.store.Stores;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.grant.InMemoryGrantStore;
import org.restauth.core.user.InMemoryPersonStore;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonDirectory;
import org.restauth.core.user.Profile;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.core.user.UserDirectory;

/**
 * A RestApi wired to in-memory stores, a desktop and a web application, one person, a login service
 * and a clock the test moves. Built with {@link #builder()}; {@link #call(String)} builds signed requests.
 */
final class ApiFixture {
    static final String DESKTOP_KEY = "0123456789abcdef0123456789abcdef";
    static final Secret DESKTOP_SECRET = Secret.of("secretsecretsecretsecretsecret12");
    static final String WEB_KEY = "fedcba9876543210fedcba9876543210";
    static final Secret WEB_SECRET = Secret.of("websecretwebsecretwebsecretweb12");
    static final Application DESKTOP = Application.desktop(DESKTOP_KEY, DESKTOP_SECRET, "Desktop Client");
    static final Application WEB =
            Application.web(WEB_KEY, WEB_SECRET, URI.create("https://app.example/after-login"), "Web App");
    /** 2010-01-01T00:00:00Z. */
    static final Instant START = Instant.ofEpochSecond(1262304000L);
    static final String EMAIL = "alice@example.com";
    static final String PASSWORD = "correct horse battery staple";
    static final long UID = 8055;
    /** Low iteration count: the tests are about the flow, not the hash's cost. */
    static final InMemoryUserDirectory USERS = InMemoryUserDirectory.of(
            new User(EMAIL, UID, PasswordHash.create(PASSWORD.toCharArray(), new SecureRandom(), 1000)));

    static final String PROFILE_BASE = "https://id.example.org/people/";
    /** docs/protocol.md §15's person, with the login email of {@link #USERS}. */
    static final Person DAVE = new Person(UID, EMAIL, USERS.users().iterator().next().passwordHash(),
            new Profile("Dave Fetterman", "Dave", "Fetterman", "en_US", "").withTimezone("-8"), false, START, START);

    final SettableClock clock = new SettableClock(START);
    final TokenStore tokens;
    final SessionStore sessions;
    final InMemoryGrantStore grants = new InMemoryGrantStore();
    final InMemoryPersonStore people = new InMemoryPersonStore();
    final RestApi api;
    final LoginService login;

    private ApiFixture(Builder b) {
        InMemoryApplicationRegistry apps = InMemoryApplicationRegistry.of(DESKTOP, WEB);
        tokens = new InMemoryTokenStore(b.tokenPolicy);
        sessions = new InMemorySessionStore(b.sessionPolicy);
        Stores stores = Stores.inMemory(apps, b.tokenPolicy, b.sessionPolicy).withTokens(tokens).withSessions(sessions)
                .withUsers(b.storedPeople ? new PersonDirectory(people, clock, new SecureRandom()) : USERS);
        RestAuth both = RestApi.builder()
                .stores(stores)
                .tokenPolicy(b.tokenPolicy).sessionPolicy(b.sessionPolicy)
                .applicationLimiter(b.limiter).addressLimiter(b.addressLimiter).maxParams(b.maxParams)
                .personStore(people).grantStore(grants).profileUrlBase(PROFILE_BASE)
                .events(b.events).clock(clock).assemble();
        api = both.api();
        login = both.login();
        people.add(DAVE);
    }

    static Builder builder() {
        return new Builder();
    }

    static ApiFixture standard() {
        return builder().build();
    }

    /** A call to /restserver.php with {@code method} first, then {@code api_key} of the desktop app, {@code v=1.0}. */
    Call call(String method) {
        return new Call(this).param("method", method).param("api_key", DESKTOP_KEY).param("v", "1.0");
    }

    /** A call with no parameters yet. */
    Call bare() {
        return new Call(this);
    }

    String createToken(Application app) {
        ApiResponse response = call("auth.createToken").set("api_key", app.apiKey()).signedWith(app.secret()).send();
        return assertInstanceOf(ApiResult.Text.class, response.result()).value();
    }

    /** A token of {@code app} that the person has approved on the login page. */
    String approvedToken(Application app) {
        String token = createToken(app);
        LoginResult result = login.approve(app.apiKey(), token, EMAIL, PASSWORD.toCharArray(), "127.0.0.1");
        assertEquals(UID, assertInstanceOf(LoginResult.Ready.class, result).uid());
        return token;
    }

    ApiResponse getSession(Application app, String token) {
        return call("auth.getSession").set("api_key", app.apiKey()).param("auth_token", token)
                .signedWith(app.secret()).send();
    }

    ApiResult.SessionGrant session(Application app) {
        return assertInstanceOf(ApiResult.SessionGrant.class, getSession(app, approvedToken(app)).result());
    }

    static void assertFailure(ApiError expected, ApiResponse response) {
        assertEquals(new ApiResult.Failure(expected), response.result());
    }

    static final class Builder {
        private TokenPolicy tokenPolicy = TokenPolicy.DEFAULT;
        private SessionPolicy sessionPolicy = SessionPolicy.DEFAULT;
        private RateLimiter limiter = RateLimiter.UNLIMITED;
        private RateLimiter addressLimiter = RateLimiter.UNLIMITED;
        private AuthEvents events = AuthEvents.NONE;
        private int maxParams = RestApiBuilder.DEFAULT_MAX_PARAMS;
        private boolean storedPeople;

        Builder tokenPolicy(TokenPolicy policy) {
            this.tokenPolicy = policy;
            return this;
        }

        Builder sessionPolicy(SessionPolicy policy) {
            this.sessionPolicy = policy;
            return this;
        }

        Builder applicationLimiter(RateLimiter limiter) {
            this.limiter = limiter;
            return this;
        }

        Builder addressLimiter(RateLimiter limiter) {
            this.addressLimiter = limiter;
            return this;
        }

        Builder events(AuthEvents listener) {
            this.events = listener;
            return this;
        }

        Builder maxParams(int maxParams) {
            this.maxParams = maxParams;
            return this;
        }

        /** The login page and auth.getSession ask the person store (as the server does), not {@link #USERS}. */
        Builder storedPeople() {
            this.storedPeople = true;
            return this;
        }

        ApiFixture build() {
            return new ApiFixture(this);
        }
    }

    /** One request, parameters in arrival order; signed last, as a client does. */
    static final class Call {
        private final ApiFixture fixture;
        private final List<Param> params = new ArrayList<>();
        private String pathMethod;
        private Secret secret = DESKTOP_SECRET;
        private String sig;
        private boolean signed = true;

        private Call(ApiFixture fixture) {
            this.fixture = fixture;
        }

        Call param(String key, String value) {
            params.add(new Param(key, value));
            return this;
        }

        /** Replaces the value of a parameter already added, keeping its place. */
        Call set(String key, String value) {
            params.replaceAll(p -> p.key().equals(key) ? new Param(key, value) : p);
            return this;
        }

        Call without(String key) {
            params.removeIf(p -> p.key().equals(key));
            return this;
        }

        /** Sent to /method/{name}: the {@code method} parameter is dropped and so not signed. */
        Call atPath(String method) {
            this.pathMethod = method;
            return without("method");
        }

        Call signedWith(Secret signingSecret) {
            this.secret = signingSecret;
            return this;
        }

        Call sig(String value) {
            this.sig = value;
            return this;
        }

        Call unsigned() {
            this.signed = false;
            return this;
        }

        /** The parameters as sent, sig included. */
        List<Param> sentParams() {
            List<Param> sent = new ArrayList<>(params);
            if (sig != null) {
                sent.add(new Param("sig", sig));
            } else if (signed) {
                sent.add(new Param("sig", Signature.sign(params, secret)));
            }
            return sent;
        }

        ApiRequest sentRequest() {
            List<Param> sent = sentParams();
            return pathMethod == null ? ApiRequest.of(sent) : ApiRequest.forPathMethod(pathMethod, sent);
        }

        ApiResponse send() {
            return fixture.api.handle(sentRequest());
        }
    }
}
