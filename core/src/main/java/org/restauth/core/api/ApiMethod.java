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
}
