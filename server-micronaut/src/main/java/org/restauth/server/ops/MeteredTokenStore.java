package org.restauth.server.ops;

import java.time.Instant;
import java.util.Optional;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenStore;

/**
 * Counts tokens created and approved, whoever asks the store (createToken, the login page). Only the
 * application's name reaches a meter, never the token.
 */
final class MeteredTokenStore implements TokenStore {
    private final TokenStore delegate;
    private final ApiMetrics metrics;
    private final AppNames names;

    MeteredTokenStore(TokenStore delegate, ApiMetrics metrics, AppNames names) {
        this.delegate = delegate;
        this.metrics = metrics;
        this.names = names;
    }

    @Override
    public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
        return counted(delegate.create(token, apiKey, expiresAt, now), apiKey);
    }

    private CreateResult counted(CreateResult result, String apiKey) {
        if (result == CreateResult.CREATED) {
            metrics.tokenIssued(names.of(apiKey));
        }
        return result;
    }

    @Override
    public ApproveResult approve(String token, String apiKey, long uid, Instant now) {
        ApproveResult result = delegate.approve(token, apiKey, uid, now);
        if (result == ApproveResult.APPROVED) {
            metrics.tokenApproved(names.of(apiKey));
        }
        return result;
    }

    @Override
    public Optional<StoredToken> consume(String token, Instant now) {
        return delegate.consume(token, now);
    }

    @Override
    public Optional<StoredToken> peek(String token, Instant now) {
        return delegate.peek(token, now);
    }

    @Override
    public long liveCount(Instant now) {
        return delegate.liveCount(now);
    }
}
