package org.restauth.server.login;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.login.LoginThrottle;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.UserDirectory;
import org.restauth.core.user.PersonStore;
import org.restauth.server.store.StateStore;

/**
 * Wires the login page: its people, its failure counters and the CSRF key. Core's LoginService comes from the
 * one builder that makes the API too ({@link org.restauth.server.config.RestAuthFactory}).
 */
@Factory
public class LoginFactory {
    /**
     * Eager, so that an unreadable users file stops the start with the key named. A demo person only in demo
     * mode ({@code restauth.demo=true}): otherwise nobody is ever invented.
     */
    @Context
    People people(@Nullable @Value("${restauth.users-file:}") String usersFile,
                  @Value("${restauth.demo:false}") boolean demoMode, StateStore state, Clock clock) {
        return LoginPeople.people(usersFile, demoMode, state.personStore(), clock);
    }

    /**
     * The people the users.* methods and the consent and settings pages serve: the store's, and those of the users
     * file or the demo person beside them, read only.
     */
    @Singleton
    PersonStore personStore(People people) {
        return people.served();
    }

    /** The people who can log in, for the store bundle. */
    @Singleton
    UserDirectory userDirectory(People people) {
        return people.directory();
    }

    /**
     * Failed logins per email and per client address, in the configured store: this process's memory, or with
     * {@code restauth.store=redis} records that every node shares. Eager, so that a bad limit stops the start.
     */
    @Context
    LoginThrottle loginThrottle(EmailLockoutProperties emails, AddressLockoutProperties addresses, StateStore state) {
        return new LoginThrottle(counter("login-email", emails, state), counter("login-address", addresses, state));
    }

    private static FailureCounter counter(String name, FailureLimitProperties props, StateStore state) {
        return props.failureLimit().map(limit -> state.failureCounter(name, limit)).orElse(FailureCounter.NEVER);
    }

    @Context
    CsrfGuard csrfGuard(LoginProperties props, TokenPolicy tokens) {
        Duration tokenLifetime = tokens.lifetime();
        String key = props.getCsrfKey();
        if (key == null || key.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new CsrfGuard(random, SameOrigin.of(props.getOrigin()), tokenLifetime);
        }
        return new CsrfGuard(key.getBytes(StandardCharsets.UTF_8), SameOrigin.of(props.getOrigin()), tokenLifetime);
    }
}
