package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restauth.core.app.Application;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.Secret;
import org.restauth.core.error.ApiError;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.InputRules;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import org.restauth.core.store.Stores;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;

/** The input rules (empty, long and duplicated keys) and the per-address limit on auth.createToken. */
class RestApiHostileInputTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final Secret SECRET = Secret.of("secretsecretsecretsecretsecret12");
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1262304000L), ZoneOffset.UTC);

    private final InMemoryTokenStore tokens = new InMemoryTokenStore(TokenPolicy.DEFAULT);
    private final RestApi api = RestApi.builder()
            .stores(Stores.inMemory(InMemoryApplicationRegistry.of(Application.desktop(KEY, SECRET, "Desktop")))
                    .withTokens(tokens))
            .inputRules(new InputRules(8, 40))
            .addressLimiter(new InMemoryRateLimiter(new RateLimit(2, 0.001)))
            .clock(CLOCK)
            .build();

    private static List<Param> signed(Param... extra) {
        List<Param> params = new ArrayList<>(List.of(new Param("method", "auth.createToken"), new Param("api_key", KEY)));
        params.addAll(List.of(extra));
        params.add(Signature.param(params, SECRET));
        return params;
    }

    private ApiResult handle(List<Param> params) {
        return api.handle(ApiRequest.of(params)).result();
    }

    @Test
    void handle_valueAtLimit_isServedAndOneCharMore_isError100() {
        String forty = "1234567890".repeat(4);
        assertInstanceOf(ApiResult.Text.class, handle(signed(new Param("call_id", forty))));
        assertEquals(new ApiResult.Failure(ApiError.INVALID_PARAMETER), handle(signed(new Param("call_id", forty + "1"))));
    }

    @Test
    void handle_keyLongerThanLimit_isError100() {
        assertEquals(new ApiResult.Failure(ApiError.INVALID_PARAMETER), handle(signed(new Param("localexyz", "en"))));
    }

    @Test
    void handle_emptyKey_isError100EvenWhenSigned() {
        assertEquals(new ApiResult.Failure(ApiError.INVALID_PARAMETER), handle(signed(new Param("", "v"))));
    }

    @Test
    void handle_duplicateKeyEvenWithEqualValues_isError100AndCreatesNoToken() {
        List<Param> params = signed(new Param("v", "1.0"), new Param("v", "1.0"));

        assertEquals(new ApiResult.Failure(ApiError.INVALID_PARAMETER), handle(params));
        assertEquals(0, tokens.liveCount(CLOCK.instant()));
    }

    @Test
    void handle_duplicateSig_isError100() {
        List<Param> params = signed();
        params.add(params.get(params.size() - 1));

        assertEquals(new ApiResult.Failure(ApiError.INVALID_PARAMETER), handle(params));
    }

    @Test
    void handle_controlCharactersInValue_areSignedAsReceived() {
        assertInstanceOf(ApiResult.Text.class, handle(signed(new Param("locale", "a\u0000\u0001\n"))));
    }

    @Test
    void createToken_pastAddressBurst_isError4ForThatAddressOnly() {
        ApiRequest fromA = ApiRequest.of(signed()).withClientAddress("192.0.2.1");
        assertInstanceOf(ApiResult.Text.class, api.handle(fromA).result());
        assertInstanceOf(ApiResult.Text.class, api.handle(fromA).result());

        assertEquals(new ApiResult.Failure(ApiError.APPLICATION_LIMIT_REACHED), api.handle(fromA).result());
        assertInstanceOf(ApiResult.Text.class,
                api.handle(ApiRequest.of(signed()).withClientAddress("192.0.2.2")).result());
        assertInstanceOf(ApiResult.Text.class, api.handle(ApiRequest.of(signed())).result());
    }

    @Test
    void withClientAddress_isNeitherSignedNorEchoed() {
        ApiRequest request = ApiRequest.of(signed()).withClientAddress("192.0.2.9");

        assertEquals("192.0.2.9", request.clientAddress().orElseThrow());
        assertEquals(signed(), request.params());
        assertEquals(ApiRequest.of(signed()).params(), api.handle(request).requestArgs());
    }
}
