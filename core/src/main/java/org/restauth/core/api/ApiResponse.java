package org.restauth.core.api;

import java.util.List;
import java.util.Objects;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseOptions;

/**
 * One answer, ready to be written: the canonical method name (for the XML root element), the result,
 * how to write it, and the request's parameters in arrival order (echoed as request_args on errors).
 *
 * @param method canonical name such as {@code auth.createToken}, on error answers too; empty when the request
 *     named no method served
 */
public record ApiResponse(String method, ApiResult result, ResponseOptions options, List<Param> requestArgs) {
    public ApiResponse {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(options, "options");
        requestArgs = List.copyOf(requestArgs);
    }

    public static ApiResponse failure(ApiError error, ResponseOptions options, List<Param> requestArgs) {
        return new ApiResponse("", new ApiResult.Failure(error), options, requestArgs);
    }

    public boolean isError() {
        return result instanceof ApiResult.Failure;
    }
}
