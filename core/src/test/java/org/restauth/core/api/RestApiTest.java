package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.core.api.ApiFixture.DESKTOP_KEY;
import static org.restauth.core.api.ApiFixture.WEB;
import static org.restauth.core.api.ApiFixture.WEB_KEY;
import static org.restauth.core.api.ApiFixture.WEB_SECRET;
import static org.restauth.core.api.ApiFixture.assertFailure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.StoreUnavailableException;
import org.restauth.core.store.Stores;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;
import org.restauth.core.token.StoredToken;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;

class RestApiTest {
    private static final String TOKEN_PATTERN = "[0-9a-f]{32}";

    private final ApiFixture fx = ApiFixture.standard();

    @Test
    void createToken_signedRequest_returns32LowerCaseHexInXml() {
        ApiResponse response = fx.call("auth.createToken").send();

        assertEquals("auth.createToken", response.method());
        assertEquals(ResponseOptions.DEFAULT, response.options());
        String token = assertInstanceOf(ApiResult.Text.class, response.result()).value();
        assertTrue(token.matches(TOKEN_PATTERN), "32 lower-case hex");
        assertTrue(fx.tokens.peek(token, ApiFixture.START).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth.createToken", "facebook.auth.createToken", "FACEBOOK.AUTH.CREATETOKEN",
            "Facebook.Auth.Createtoken", "auth.createtoken"})
    void createToken_methodWithOrWithoutPrefixInAnyCase_isServed(String method) {
        ApiResponse response = fx.call(method).send();

        assertEquals("auth.createToken", response.method());
        assertTrue(assertInstanceOf(ApiResult.Text.class, response.result()).value().matches(TOKEN_PATTERN));
    }

    @Test
    void handle_prefixTwice_isUnknownMethod() {
        assertFailure(ApiError.UNKNOWN_METHOD, fx.call("facebook.facebook.auth.createToken").send());
    }

    @Test
    void createToken_pathMethodSignedWithoutMethodParam_isServed() {
        ApiResponse response = fx.call("ignored").atPath("facebook.auth.createToken").send();

        assertEquals("auth.createToken", response.method());
        assertTrue(assertInstanceOf(ApiResult.Text.class, response.result()).value().matches(TOKEN_PATTERN));
    }

    @Test
    void handle_pathMethodUnknown_isError3() {
        assertFailure(ApiError.UNKNOWN_METHOD, fx.call("ignored").atPath("auth.getToken").send());
    }

    @Test
    void handle_missingApiKey_isError101EvenUnsignedAndForUnknownMethod() {
        assertFailure(ApiError.INVALID_API_KEY, fx.call("auth.createToken").without("api_key").send());
        assertFailure(ApiError.INVALID_API_KEY, fx.call("no.suchMethod").without("api_key").unsigned().send());
    }

    @Test
    void handle_unknownOrEmptyApiKey_isError101BeforeSignatureAndMethod() {
        assertFailure(ApiError.INVALID_API_KEY,
                fx.call("no.suchMethod").set("api_key", "ffffffffffffffffffffffffffffffff").unsigned().send());
        assertFailure(ApiError.INVALID_API_KEY, fx.call("auth.createToken").set("api_key", "").send());
    }

    @Test
    void handle_missingSig_isError104BeforeUnknownMethod() {
        assertFailure(ApiError.INCORRECT_SIGNATURE, fx.call("auth.createToken").unsigned().send());
        assertFailure(ApiError.INCORRECT_SIGNATURE, fx.call("no.suchMethod").unsigned().send());
    }

    @Test
    void handle_errorForAServedMethod_namesTheMethod() {
        ApiResponse response = fx.call("facebook.AUTH.createToken").unsigned().send();

        assertFailure(ApiError.INCORRECT_SIGNATURE, response);
        assertEquals("auth.createToken", response.method());
    }

    @Test
    void handle_wrongSig_isError104() {
        assertFailure(ApiError.INCORRECT_SIGNATURE,
                fx.call("auth.createToken").sig("00000000000000000000000000000000").send());
        assertFailure(ApiError.INCORRECT_SIGNATURE, fx.call("no.suchMethod").sig("").send());
    }

    @Test
    void handle_upperCaseSig_isError104() {
        ApiFixture.Call call = fx.call("auth.createToken").param("call_id", "1262304000.1234");
        String sig = call.sentParams().get(4).value();

        assertFailure(ApiError.INCORRECT_SIGNATURE, call.sig(sig.toUpperCase()).send());
        assertInstanceOf(ApiResult.Text.class, call.sig(sig).send().result());
    }

    @Test
    void handle_signedWithOtherApplicationsSecret_isError104() {
        assertFailure(ApiError.INCORRECT_SIGNATURE, fx.call("auth.createToken").signedWith(WEB_SECRET).send());
    }

    @Test
    void handle_parameterChangedAfterSigning_isError104() {
        ApiFixture.Call call = fx.call("auth.createToken").param("locale", "en_US");
        List<Param> tampered = new java.util.ArrayList<>(call.sentParams());
        tampered.set(3, new Param("locale", "en_GB"));

        assertFailure(ApiError.INCORRECT_SIGNATURE, fx.api.handle(org.restauth.core.request.ApiRequest.of(tampered)));
    }

    @Test
    void handle_unknownMethodCorrectlySigned_isError3() {
        assertFailure(ApiError.UNKNOWN_METHOD, fx.call("auth.getToken").send());
        assertFailure(ApiError.UNKNOWN_METHOD, fx.call("x").without("method").send());
    }

    @Test
    void handle_moreParamsThanMaximum_isError105() {
        ApiFixture small = ApiFixture.builder().maxParams(5).build();

        assertInstanceOf(ApiResult.Text.class, small.call("auth.createToken").param("format", "xml").send().result());
        assertFailure(ApiError.TOO_MANY_PARAMETERS,
                small.call("auth.createToken").param("format", "xml").param("locale", "en_US").send());
    }

    @Test
    void handle_unsupportedFormat_isError100AnsweredInXml() {
        ApiResponse response = fx.call("auth.createToken").param("format", "yaml").param("callback", "cb").send();

        assertFailure(ApiError.INVALID_PARAMETER, response);
        assertEquals(ResponseOptions.DEFAULT, response.options());
    }

    @Test
    void handle_invalidCallback_isError100AnsweredWithoutCallback() {
        ApiResponse response = fx.call("auth.createToken").param("format", "JSON")
                .param("callback", "alert(document.cookie)//").send();

        assertFailure(ApiError.INVALID_PARAMETER, response);
        assertEquals(ResponseOptions.of(ResponseFormat.JSON), response.options());
    }

    @Test
    void handle_formatAndCallbackInAnyCase_areHonoured() {
        ApiResponse json = fx.call("auth.createToken").param("format", "JSON").send();
        ApiResponse jsonp = fx.call("auth.createToken").param("format", "Json-Strings")
                .param("callback", "window.fb.cb_1").send();

        assertEquals(ResponseOptions.of(ResponseFormat.JSON), json.options());
        assertEquals(ResponseOptions.jsonp(ResponseFormat.JSON_STRINGS, "window.fb.cb_1"), jsonp.options());
        assertInstanceOf(ApiResult.Text.class, jsonp.result());
    }

    @Test
    void handle_errorWithValidFormatAndCallback_keepsThem() {
        ApiResponse response = fx.call("auth.getToken").param("format", "json").param("callback", "cb").send();

        assertFailure(ApiError.UNKNOWN_METHOD, response);
        assertEquals(ResponseOptions.jsonp(ResponseFormat.JSON, "cb"), response.options());
    }

    @Test
    void createToken_emptySessionKey_isNoSession() {
        ApiResponse response = fx.call("facebook.auth.createToken").param("call_id", "1262304000.1234")
                .param("session_key", "").send();

        assertTrue(assertInstanceOf(ApiResult.Text.class, response.result()).value().matches(TOKEN_PATTERN));
    }

    @Test
    void createToken_unknownExtraParamsSigned_areIgnored() {
        ApiResponse response = fx.call("auth.createToken").param("locale", "en_US")
                .param("call_as_apikey", "").param("return_ssl_resources", "true").param("call_id", "1227046450038")
                .send();

        assertTrue(assertInstanceOf(ApiResult.Text.class, response.result()).value().matches(TOKEN_PATTERN));
    }

    @Test
    void handle_error_echoesEveryParamInArrivalOrderIncludingSig() {
        ApiFixture.Call call = fx.call("auth.getToken").param("session_key", "").param("z", "last<&>");
        List<Param> sent = call.sentParams();

        ApiResponse response = call.send();

        assertTrue(response.isError());
        assertEquals("", response.method());
        assertEquals(List.of("method", "api_key", "v", "session_key", "z", "sig"),
                response.requestArgs().stream().map(Param::key).toList());
        assertEquals(sent, response.requestArgs());
    }

    @Test
    void handle_success_carriesRequestArgsToo() {
        ApiFixture.Call call = fx.call("auth.createToken");
        List<Param> sent = call.sentParams();

        assertEquals(sent, call.send().requestArgs());
    }

    @Test
    void handle_applicationRateLimitReached_isError4ForThatApplicationOnly() {
        ApiFixture limited = ApiFixture.builder()
                .applicationLimiter(new InMemoryRateLimiter(new RateLimit(2, 0.001))).build();
        limited.call("auth.createToken").send();
        limited.call("auth.createToken").send();

        assertFailure(ApiError.APPLICATION_LIMIT_REACHED, limited.call("auth.createToken").send());
        assertFailure(ApiError.INCORRECT_SIGNATURE, limited.call("auth.createToken").unsigned().send());
        assertInstanceOf(ApiResult.Text.class, limited.call("auth.createToken")
                .set("api_key", WEB_KEY).signedWith(WEB_SECRET).send().result());
    }

    @Test
    void createToken_tokenCapReached_isError4() {
        ApiFixture capped = ApiFixture.builder().tokenPolicy(new TokenPolicy(Duration.ofMinutes(60), 3, 2)).build();
        capped.createToken(ApiFixture.DESKTOP);
        capped.createToken(ApiFixture.DESKTOP);

        assertFailure(ApiError.APPLICATION_LIMIT_REACHED, capped.call("auth.createToken").send());
        capped.createToken(WEB);
        assertFailure(ApiError.APPLICATION_LIMIT_REACHED,
                capped.call("auth.createToken").set("api_key", WEB_KEY).signedWith(WEB_SECRET).send());
    }

    @Test
    void createToken_tokenCapFreedByExpiry_succeedsAgain() {
        ApiFixture capped = ApiFixture.builder().tokenPolicy(new TokenPolicy(Duration.ofMinutes(60), 1, 1)).build();
        capped.createToken(ApiFixture.DESKTOP);
        assertFailure(ApiError.APPLICATION_LIMIT_REACHED, capped.call("auth.createToken").send());

        capped.clock.advance(Duration.ofMinutes(60));

        assertInstanceOf(ApiResult.Text.class, capped.call("auth.createToken").send().result());
    }

    @Test
    void handle_storeDown_isError2() {
        RestApi api = RestApi.builder()
                .stores(Stores.inMemory(InMemoryApplicationRegistry.of(ApiFixture.DESKTOP))
                        .withTokens(new DownTokenStore(new StoreUnavailableException())))
                .clock(fx.clock).build();

        assertFailure(ApiError.SERVICE_UNAVAILABLE, api.handle(fx.call("auth.createToken").sentRequest()));
    }

    @Test
    void handle_unexpectedFailure_isError1WithRequestArgs() {
        RestApi api = RestApi.builder()
                .stores(Stores.inMemory(InMemoryApplicationRegistry.of(ApiFixture.DESKTOP))
                        .withTokens(new DownTokenStore(new IllegalStateException("connection pool exhausted"))))
                .clock(fx.clock).build();
        ApiFixture.Call call = fx.call("auth.createToken");

        ApiResponse response = api.handle(call.sentRequest());

        assertFailure(ApiError.UNKNOWN, response);
        assertEquals(call.sentParams(), response.requestArgs());
    }

    @Test
    void methodNames_listsTheAuthAndIdentityMethods() {
        assertEquals(List.of("auth.createToken", "auth.expireSession", "auth.getSession", "auth.promoteSession",
                "auth.revokeAuthorization", "auth.revokeExtendedPermission", "users.getInfo", "users.getLoggedInUser",
                "users.getStandardInfo", "users.hasAppPermission", "users.isAppUser", "users.isVerified"),
                fx.api.methodNames());
        assertEquals(Optional.of("auth.getSession"), fx.api.resolveMethod("FACEBOOK.auth.GETSESSION"));
        assertEquals(Optional.empty(), fx.api.resolveMethod("facebook."));
        assertEquals(DESKTOP_KEY, ApiFixture.DESKTOP.apiKey());
    }

    /** A token store whose backing service fails on every call. */
    private record DownTokenStore(RuntimeException failure) implements TokenStore {
        @Override
        public CreateResult create(String token, String apiKey, Instant expiresAt, Instant now) {
            throw failure;
        }

        @Override
        public ApproveResult approve(String token, String apiKey, long uid, Instant now) {
            throw failure;
        }

        @Override
        public Optional<StoredToken> consume(String token, Instant now) {
            throw failure;
        }

        @Override
        public Optional<StoredToken> peek(String token, Instant now) {
            throw failure;
        }

        @Override
        public long liveCount(Instant now) {
            throw failure;
        }
    }
}
