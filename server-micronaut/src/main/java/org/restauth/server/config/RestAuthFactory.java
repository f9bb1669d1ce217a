package org.restauth.server.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.ConversionService;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.restauth.core.api.RestApi;
import org.restauth.core.api.RestAuth;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.login.LoginService;
import org.restauth.core.login.LoginThrottle;
import org.restauth.core.request.InputRules;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.PersonStore;
import org.restauth.format.ResponseRenderer;
import org.restauth.server.store.StateStore;

/**
 * Wires core and format from the {@code restauth.*} configuration. The stores come from
 * {@link org.restauth.server.store.StoreFactory} (memory or Redis).
 */
@Factory
public class RestAuthFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    RandomValues randomValues() {
        return RandomValues.secure();
    }

    /**
     * Eager, so that a bad {@code restauth.apps} entry stops the start with its key named. A demo application
     * only in demo mode ({@code restauth.demo=true}, as ./run.sh starts it): otherwise none is ever invented.
     */
    @Context
    ApplicationSetup applicationSetup(List<AppProperties> configured, RandomValues random,
                                      @Value("${restauth.demo:false}") boolean demoMode) {
        if (configured.isEmpty()) {
            return DemoMode.applications(demoMode, random);
        }
        return new ApplicationSetup(ConfiguredApplications.from(configured), Optional.empty());
    }

    /** The configured applications, then those added at run time (a configured one wins an api key clash). */
    @Singleton
    ApplicationRegistry applicationRegistry(ApplicationSetup setup, StateStore state) {
        return new ConfiguredThenStored(setup.applications(), state.applicationStore());
    }

    @Singleton
    TokenPolicy tokenPolicy(TokenProperties props) {
        return Policies.tokens(props);
    }

    @Singleton
    SessionPolicy sessionPolicy(SessionProperties props, ConversionService conversion) {
        return Policies.sessions(props, conversion);
    }

    /**
     * The API and the login service from core's one builder: one token store, issuer and policy, one clock and
     * one events listener for both. Eager: every {@code restauth.*} value is checked at start, not on the first call.
     */
    @Context
    RestAuth restAuth(Stores stores, TokenPolicy tokenPolicy, SessionPolicy sessionPolicy, ApiProperties api,
                      @Named("application") RateLimiter applicationLimiter,
                      @Named("address") RateLimiter addressLimiter, InputRules inputRules, RandomValues random,
                      Clock clock, AuthEvents events, PersonStore people, GrantStore grants,
                      IdentityProperties identity, LoginThrottle loginThrottle) {
        return RestApi.builder()
                .stores(stores)
                .tokenPolicy(tokenPolicy)
                .sessionPolicy(sessionPolicy)
                .applicationLimiter(applicationLimiter)
                .addressLimiter(addressLimiter)
                .inputRules(inputRules)
                .maxParams(api.getMaxParams())
                .personStore(people)
                .grantStore(grants)
                .profileUrlBase(identity.getProfileUrlBase())
                .random(random)
                .clock(clock)
                .events(events)
                .loginThrottle(loginThrottle)
                .assemble();
    }

    @Singleton
    RestApi restApi(RestAuth restAuth) {
        return restAuth.api();
    }

    @Singleton
    LoginService loginService(RestAuth restAuth) {
        return restAuth.login();
    }

    @Singleton
    ResponseRenderer responseRenderer() {
        return new ResponseRenderer();
    }
}
