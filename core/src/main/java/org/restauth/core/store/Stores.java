package org.restauth.core.store;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.core.user.UserDirectory;

/**
 * The store ports of one deployment, as one bundle. Every port is synchronous and may throw
 * {@link org.restauth.core.error.StoreUnavailableException} when the store is unreachable or too slow.
 *
 * @param reachability true if the store answers now (health checks)
 * @param blocking true if the ports' calls wait on the network: an adapter then runs API calls on a bounded
 *     pool of threads made to wait, never on a thread that must not block (an event loop)
 */
public record Stores(TokenStore tokens, SessionStore sessions, ApplicationRegistry applications,
                     UserDirectory users, RateLimiters limiters, BooleanSupplier reachability, boolean blocking) {
    public Stores {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(limiters, "limiters");
        Objects.requireNonNull(reachability, "reachability");
    }

    /** Core's in-memory stores: one process, nothing blocks, nothing survives it; nobody can log in yet. */
    public static Stores inMemory(ApplicationRegistry applications, TokenPolicy tokens, SessionPolicy sessions) {
        return new Stores(new InMemoryTokenStore(tokens), new InMemorySessionStore(sessions), applications,
                InMemoryUserDirectory.of(), (name, limit) -> new InMemoryRateLimiter(limit), () -> true, false);
    }

    public static Stores inMemory(ApplicationRegistry applications) {
        return inMemory(applications, TokenPolicy.DEFAULT, SessionPolicy.DEFAULT);
    }

    public boolean reachable() {
        return reachability.getAsBoolean();
    }

    public Stores withTokens(TokenStore replacement) {
        return new Stores(replacement, sessions, applications, users, limiters, reachability, blocking);
    }

    public Stores withSessions(SessionStore replacement) {
        return new Stores(tokens, replacement, applications, users, limiters, reachability, blocking);
    }

    public Stores withUsers(UserDirectory replacement) {
        return new Stores(tokens, sessions, applications, replacement, limiters, reachability, blocking);
    }
}
