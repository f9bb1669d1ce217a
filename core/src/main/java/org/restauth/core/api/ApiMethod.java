package org.restauth.core.api;

/** One method of the API. */
interface ApiMethod {

    /** Canonical name, such as {@code auth.createToken}. */
    String name();

    ApiResult call(CallContext context);
}
