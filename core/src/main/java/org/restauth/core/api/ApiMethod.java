package org.restauth.core.api;

/** One method of the API. */
interface ApiMethod {

    /** Canonical name, such as {@code auth.createToken}. */
    String name();

    /** True if the per-address limit applies to this method as well as the per-application one. */
    default boolean limitedByAddress() {
        return false;
    }

    ApiResult call(CallContext context);

    /** A method whose whole body is one function. */
    static ApiMethod of(String name, java.util.function.Function<CallContext, ApiResult> body) {
        return new ApiMethod() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ApiResult call(CallContext context) {
                return body.apply(context);
            }
        };
    }
}
