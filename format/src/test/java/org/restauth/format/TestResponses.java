package org.restauth.format;

import java.util.List;
import java.util.Optional;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;

/** Test data: the published examples' values, and responses built from them. */
final class TestResponses {
    static final String TOKEN = "3e4a22bb2f5ed75114b0fc9995ea85f1";
    static final String SESSION_KEY = "5f34e11bfb97c762e439e6a5-8055";
    static final long UID = 8055;
    static final long EXPIRES = 1173309298;
    static final String SECRET = "c2f4a7e1b3d5f7a9c1e3b5d7f9a1c3e5";

    static final ResponseOptions XML = ResponseOptions.DEFAULT;
    static final ResponseOptions JSON = ResponseOptions.of(ResponseFormat.JSON);
    static final ResponseOptions STRINGS = ResponseOptions.of(ResponseFormat.JSON_STRINGS);

    /** A createToken call as one old client sends it: empty session_key included, sig last. */
    static final List<Param> ARGS = List.of(
            new Param("method", "facebook.auth.createToken"),
            new Param("api_key", "0123456789abcdef0123456789abcdef"),
            new Param("v", "1.0"),
            new Param("session_key", ""),
            new Param("sig", "0fe3138502de1b7a7e6a17b3f4832d96"));

    private TestResponses() {
    }

    static ResponseOptions jsonp(ResponseFormat format) {
        return ResponseOptions.jsonp(format, "FB.cb");
    }

    static ApiResponse token(ResponseOptions options) {
        return new ApiResponse("auth.createToken", new ApiResult.Text(TOKEN), options, List.of());
    }

    static ApiResponse secret(ResponseOptions options) {
        return new ApiResponse("auth.promoteSession", new ApiResult.Text(SECRET), options, List.of());
    }

    static ApiResponse session(boolean withSecret, ResponseOptions options) {
        Optional<String> secret = withSecret ? Optional.of(SECRET) : Optional.empty();
        return new ApiResponse("auth.getSession",
                new ApiResult.SessionGrant(SESSION_KEY, UID, EXPIRES, secret), options, List.of());
    }

    static ApiResponse flag(String method, boolean value, ResponseOptions options) {
        return new ApiResponse(method, new ApiResult.Flag(value), options, List.of());
    }

    static ApiResponse error(ApiError error, ResponseOptions options) {
        return ApiResponse.failure(error, options, ARGS);
    }

    static ApiResponse error(ApiError error, ResponseOptions options, List<Param> args) {
        return ApiResponse.failure(error, options, args);
    }
}
