package org.restauth.server.login;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenStore;
import org.restauth.server.config.RestAuthFactory;

/**
 * A token store whose backend is down, answering as the Redis store does then: ApiException
 * SERVICE_UNAVAILABLE on every operation. Only where a test asks for it.
 */
@Singleton
@Replaces(value = TokenStore.class, factory = RestAuthFactory.class)
@Requires(property = "test.login.store-down", value = "true")
final class UnreachableTokenStore implements TokenStore {
    @Override
    public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
        throw new ApiException(ApiError.SERVICE_UNAVAILABLE);
    }

    @Override
    public ApproveResult approve(String token, String apiKey, long uid, Instant now) {
        throw new ApiException(ApiError.SERVICE_UNAVAILABLE);
    }

    @Override
    public Optional<StoredToken> consume(String token, Instant now) {
        throw new ApiException(ApiError.SERVICE_UNAVAILABLE);
    }

    @Override
    public Optional<StoredToken> peek(String token, Instant now) {
        throw new ApiException(ApiError.SERVICE_UNAVAILABLE);
    }

    @Override
    public long liveCount(Instant now) {
        throw new ApiException(ApiError.SERVICE_UNAVAILABLE);
    }
}
