package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.core.api.ApiFixture.WEB_KEY;
import static org.restauth.core.api.ApiFixture.WEB_SECRET;
import static org.restauth.core.api.ApiFixture.assertFailure;

import org.junit.jupiter.api.Test;
import org.restauth.core.error.ApiError;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;

/** Calls refused by a limit, or because the store is saturated: nothing is stored, nothing else is drawn. */
class RestApiRefusalTest {
    private final ApiFixture fx = ApiFixture.standard();

    @Test
    void handle_applicationRateLimitReached_isError4AndStoresNoToken() {
        ApiFixture limited = ApiFixture.builder()
                .applicationLimiter(new InMemoryRateLimiter(new RateLimit(2, 0.001))).build();
        limited.call("auth.createToken").send();
        limited.call("auth.createToken").send();

        assertFailure(ApiError.APPLICATION_LIMIT_REACHED, limited.call("auth.createToken").send());
        assertEquals(2, limited.tokens.liveCount(ApiFixture.START));
        assertInstanceOf(ApiResult.Text.class, limited.call("auth.createToken")
                .set("api_key", WEB_KEY).signedWith(WEB_SECRET).send().result());
    }

    @Test
    void handle_badSignature_isError104AndDrawsNothingFromTheLimit() {
        ApiFixture limited = ApiFixture.builder()
                .applicationLimiter(new InMemoryRateLimiter(new RateLimit(1, 0.001))).build();

        assertFailure(ApiError.INCORRECT_SIGNATURE, limited.call("auth.createToken").unsigned().send());

        assertInstanceOf(ApiResult.Text.class, limited.call("auth.createToken").send().result());
    }

    @Test
    void handle_addressLimitReached_isError4BeforeTheApplicationsBudgetIsDrawn() {
        InMemoryRateLimiter perApp = new InMemoryRateLimiter(new RateLimit(2, 0.001));
        ApiFixture limited = ApiFixture.builder().applicationLimiter(perApp)
                .addressLimiter(new InMemoryRateLimiter(new RateLimit(1, 0.001))).build();
        ApiRequest fromOne = limited.call("auth.createToken").sentRequest().withClientAddress("192.0.2.1");
        limited.api.handle(fromOne);

        assertFailure(ApiError.APPLICATION_LIMIT_REACHED, limited.api.handle(fromOne));
        assertTrue(perApp.tryAcquire(ApiFixture.DESKTOP_KEY, ApiFixture.START)); // the refused call drew nothing
    }

    @Test
    void handle_addressLimitReached_otherMethodsAreNotLimitedByAddress() {
        ApiFixture limited = ApiFixture.builder()
                .addressLimiter(new InMemoryRateLimiter(new RateLimit(1, 0.001))).build();
        String token = limited.approvedToken(ApiFixture.DESKTOP);
        limited.api.handle(limited.call("auth.createToken").sentRequest().withClientAddress("192.0.2.1"));

        ApiResponse response = limited.api.handle(limited.call("auth.getSession").param("auth_token", token)
                .sentRequest().withClientAddress("192.0.2.1"));

        assertInstanceOf(ApiResult.SessionGrant.class, response.result());
    }

    @Test
    void unavailable_anyMethod_isError2InTheFormatAskedFor() {
        ApiResponse response = fx.api.unavailable(
                fx.call("auth.getSession").param("auth_token", "t").param("format", "JSON").sentRequest());

        assertFailure(ApiError.SERVICE_UNAVAILABLE, response);
        assertEquals("auth.getSession", response.method());
        assertEquals(ResponseOptions.of(ResponseFormat.JSON), response.options());
    }

    @Test
    void unavailable_unsupportedFormat_isError100InXml() {
        ApiResponse response = fx.api.unavailable(fx.call("auth.createToken").param("format", "yaml").sentRequest());

        assertFailure(ApiError.INVALID_PARAMETER, response);
        assertEquals(ResponseOptions.DEFAULT, response.options());
    }
}
