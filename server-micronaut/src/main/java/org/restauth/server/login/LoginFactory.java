package org.restauth.server.login;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.login.LoginService;
import org.restauth.core.token.TokenIssuer;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.format.users.UserFileDirectory;
import org.restauth.server.store.StateStore;

/** Wires the login page: its people, its attempt limiter, core's LoginService and the CSRF key. */
@Factory
public class LoginFactory {
    static final String LIMITER = "login";
    private static final int MIN_CSRF_KEY_CHARS = 32;

    /** Eager, so that an unreadable users file stops the start with the key named. */
    @Context
    People people(@Nullable @Value("${restauth.users-file:}") String usersFile) {
        if (usersFile == null || usersFile.isBlank()) {
            DemoPerson demo = DemoPerson.create(new SecureRandom());
            return new People(InMemoryUserDirectory.of(demo.user()), Optional.of(demo));
        }
        try {
            return new People(UserFileDirectory.load(Path.of(usersFile.trim())), Optional.empty());
        } catch (IOException | RuntimeException e) {
            // UserFile's messages name the file and the entry, never a password hash
            throw new ConfigurationException("restauth.users-file cannot be read: " + e.getMessage());
        }
    }

    /**
     * Login attempts, keyed {@code email:<email>} and {@code addr:<client address>}. In the configured store:
     * this process's memory, or with {@code restauth.store=redis} buckets that every node shares.
     */
    @Singleton
    @Named(LIMITER)
    RateLimiter loginRateLimiter(LoginRateLimitProperties props, StateStore state) {
        return props.rateLimit().map(limit -> state.rateLimiter(LIMITER, limit)).orElse(RateLimiter.UNLIMITED);
    }

    @Singleton
    LoginService loginService(ApplicationRegistry applications, TokenStore tokens, TokenIssuer issuer, People people,
                              @Named(LIMITER) RateLimiter attempts, GrantStore grants,
                              Clock clock) {
        return new LoginService(applications, tokens, issuer, people.directory(), attempts, grants, clock);
    }

    @Context
    CsrfGuard csrfGuard(LoginProperties props, TokenIssuer issuer) {
        Duration tokenLifetime = issuer.policy().lifetime();
        String key = props.getCsrfKey();
        if (key == null || key.isEmpty()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return new CsrfGuard(random, SameOrigin.of(props.getOrigin()), tokenLifetime);
        }
        if (key.length() < MIN_CSRF_KEY_CHARS) {
            throw new ConfigurationException("restauth.login.csrf-key must be at least " + MIN_CSRF_KEY_CHARS
                    + " characters (or unset: each node then makes its own)");
        }
        return new CsrfGuard(key.getBytes(StandardCharsets.UTF_8), SameOrigin.of(props.getOrigin()), tokenLifetime);
    }
}
