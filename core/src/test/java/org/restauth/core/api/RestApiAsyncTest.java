package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.core.api.ApiFixture.WEB_KEY;
import static org.restauth.core.api.ApiFixture.WEB_SECRET;
import static org.restauth.core.api.ApiFixture.assertFailure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.limit.Admission;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;

/** handleAsync: auth.createToken answered from the store's completion, the rest on the given executor. */
class RestApiAsyncTest {
    /** createToken must never be handed to the executor: it runs where it is called. */
    private static final Executor NO_POOL = task -> {
        throw new AssertionError("createToken was handed to the pool");
    };

    private final ApiFixture fx = ApiFixture.standard();

    private static ApiResponse answer(RestApi api, ApiRequest request, Executor pool) {
        return api.handleAsync(request, pool).toCompletableFuture().join();
    }

    @Test
    void handleAsync_createToken_answersAStoredTokenWithoutThePool() {
        ApiResponse response = answer(fx.api, fx.call("auth.createToken").param("format", "json").sentRequest(), NO_POOL);

        assertEquals("auth.createToken", response.method());
        assertEquals(ResponseOptions.of(ResponseFormat.JSON), response.options());
        String token = assertInstanceOf(ApiResult.Text.class, response.result()).value();
        assertTrue(fx.tokens.peek(token, ApiFixture.START).isPresent());
    }

    @Test
    void handleAsync_applicationRateLimitReached_isError4AndStoresNoToken() {
        ApiFixture limited = ApiFixture.builder()
                .applicationLimiter(new InMemoryRateLimiter(new RateLimit(2, 0.001))).build();
        answer(limited.api, limited.call("auth.createToken").sentRequest(), NO_POOL);
        answer(limited.api, limited.call("auth.createToken").sentRequest(), NO_POOL);

        assertFailure(ApiError.APPLICATION_LIMIT_REACHED,
                answer(limited.api, limited.call("auth.createToken").sentRequest(), NO_POOL));
        assertEquals(2, limited.tokens.liveCount(ApiFixture.START));
        assertInstanceOf(ApiResult.Text.class, answer(limited.api, limited.call("auth.createToken")
                .set("api_key", WEB_KEY).signedWith(WEB_SECRET).sentRequest(), NO_POOL).result());
    }

    @Test
    void handleAsync_badSignature_isError104AndDrawsNothingFromTheLimit() {
        ApiFixture limited = ApiFixture.builder()
                .applicationLimiter(new InMemoryRateLimiter(new RateLimit(1, 0.001))).build();

        assertFailure(ApiError.INCORRECT_SIGNATURE,
                answer(limited.api, limited.call("auth.createToken").unsigned().sentRequest(), NO_POOL));

        assertInstanceOf(ApiResult.Text.class,
                answer(limited.api, limited.call("auth.createToken").sentRequest(), NO_POOL).result());
    }

    @Test
    void handleAsync_tokenCapReached_isError4() {
        ApiFixture capped = ApiFixture.builder().tokenPolicy(new TokenPolicy(Duration.ofMinutes(60), 3, 1)).build();
        answer(capped.api, capped.call("auth.createToken").sentRequest(), NO_POOL);

        assertFailure(ApiError.APPLICATION_LIMIT_REACHED,
                answer(capped.api, capped.call("auth.createToken").sentRequest(), NO_POOL));
    }

    @Test
    void handleAsync_unknownApiKey_isError101WithRequestArgs() {
        ApiFixture.Call call = fx.call("auth.createToken").set("api_key", "nope");

        ApiResponse response = answer(fx.api, call.sentRequest(), NO_POOL);

        assertFailure(ApiError.INVALID_API_KEY, response);
        assertEquals(call.sentParams(), response.requestArgs());
    }

    @Test
    void handleAsync_storeFailsLater_isError2() {
        RestApi api = apiOn(new LateTokenStore(CompletableFuture.failedFuture(
                new ApiException(ApiError.SERVICE_UNAVAILABLE))));

        assertFailure(ApiError.SERVICE_UNAVAILABLE, answer(api, fx.call("auth.createToken").sentRequest(), NO_POOL));
    }

    @Test
    void handleAsync_storeFailsUnexpectedly_isError1() {
        RestApi api = apiOn(new LateTokenStore(CompletableFuture.failedFuture(new IllegalStateException("bug"))));

        assertFailure(ApiError.UNKNOWN, answer(api, fx.call("auth.createToken").sentRequest(), NO_POOL));
    }

    @Test
    void handleAsync_otherMethod_runsOnTheExecutorWithTheSameAnswerAsHandle() {
        AtomicInteger ran = new AtomicInteger();
        Executor counting = task -> {
            ran.incrementAndGet();
            task.run();
        };
        String token = fx.approvedToken(ApiFixture.DESKTOP);

        ApiResponse response = answer(fx.api,
                fx.call("auth.getSession").param("auth_token", token).sentRequest(), counting);

        assertEquals(1, ran.get());
        assertInstanceOf(ApiResult.SessionGrant.class, response.result());
    }

    @Test
    void handleAsync_executorFull_isError2InTheFormatAskedFor() {
        Executor full = task -> {
            throw new RejectedExecutionException("queue full");
        };

        ApiResponse response = answer(fx.api,
                fx.call("auth.getSession").param("auth_token", "t").param("format", "JSON").sentRequest(), full);

        assertFailure(ApiError.SERVICE_UNAVAILABLE, response);
        assertEquals("auth.getSession", response.method());
        assertEquals(ResponseOptions.of(ResponseFormat.JSON), response.options());
    }

    private RestApi apiOn(TokenStore tokens) {
        return RestApi.builder().applications(InMemoryApplicationRegistry.of(ApiFixture.DESKTOP))
                .tokenStore(tokens).clock(fx.clock).build();
    }

    /** A token store whose asynchronous create completes as given; the rest is an ordinary in-memory store. */
    private static final class LateTokenStore implements TokenStore {
        private final TokenStore memory = new InMemoryTokenStore(TokenPolicy.DEFAULT);
        private final CompletionStage<CreateResult> created;

        LateTokenStore(CompletionStage<CreateResult> created) {
            this.created = created;
        }

        @Override
        public CompletionStage<CreateResult> createAdmitted(String token, String apiKey, Instant expiresAt,
                                                            Instant now, List<Admission> admissions) {
            return created;
        }

        @Override
        public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
            return memory.create(token, apiKey, expiresAt, now);
        }

        @Override
        public ApproveResult approve(String token, String apiKey, long uid, Instant now) {
            return memory.approve(token, apiKey, uid, now);
        }

        @Override
        public Optional<StoredToken> consume(String token, Instant now) {
            return memory.consume(token, now);
        }

        @Override
        public Optional<StoredToken> peek(String token, Instant now) {
            return memory.peek(token, now);
        }

        @Override
        public long liveCount(Instant now) {
            return memory.liveCount(now);
        }
    }
}
