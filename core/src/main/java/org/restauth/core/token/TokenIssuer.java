package org.restauth.core.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.event.AuthEvents;

/** Creates tokens: 128 random bits as 32 lower-case hex characters, owned by one application. */
public final class TokenIssuer {
    /** 128 bits. */
    public static final int TOKEN_BYTES = 16;

    private final TokenStore store;
    private final TokenPolicy policy;
    private final RandomValues random;
    private final Clock clock;
    private final AuthEvents events;

    public TokenIssuer(TokenStore store, TokenPolicy policy, RandomValues random, Clock clock, AuthEvents events) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    public TokenIssuer(TokenStore store, TokenPolicy policy, RandomValues random, Clock clock) {
        this(store, policy, random, clock, AuthEvents.NONE);
    }

    /** A new live token for the application; error 4 when the store is full. */
    public String issue(String apiKey) {
        Instant now = clock.instant();
        String token = random.hex(TOKEN_BYTES);
        if (store.create(token, apiKey, now.plus(policy.lifetime()), now) != TokenStore.CreateResult.CREATED) {
            throw new ApiException(ApiError.APPLICATION_LIMIT_REACHED);
        }
        events.tokenIssued(apiKey);
        return token;
    }

    public TokenPolicy policy() {
        return policy;
    }
}
