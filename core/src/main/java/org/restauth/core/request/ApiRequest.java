package org.restauth.core.request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A call as received: every parameter of query and body, merged, in arrival order.
 * The order is kept because error responses echo it (request_args).
 */
public final class ApiRequest {
    private final List<Param> params;
    private final String pathMethod;
    private final String clientAddress;

    private ApiRequest(List<Param> params, String pathMethod) {
        this(params, pathMethod, null);
    }

    private ApiRequest(List<Param> params, String pathMethod, String clientAddress) {
        this.params = List.copyOf(params);
        this.pathMethod = pathMethod;
        this.clientAddress = clientAddress;
    }

    /** A call to {@code /restserver.php}: the method is the {@code method} parameter. */
    public static ApiRequest of(List<Param> params) {
        return new ApiRequest(params, null);
    }

    /** A call to {@code /method/{name}}: the method comes from the path and is not signed. */
    public static ApiRequest forPathMethod(String method, List<Param> params) {
        return new ApiRequest(params, Objects.requireNonNull(method, "method"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same call, from this network address (the per-address limit on auth.createToken is keyed by it).
     * The address is not a parameter: it is neither signed nor echoed.
     */
    public ApiRequest withClientAddress(String address) {
        return new ApiRequest(params, pathMethod, Objects.requireNonNull(address, "address"));
    }

    /** Where the call came from, when the adapter knows it. */
    public Optional<String> clientAddress() {
        return Optional.ofNullable(clientAddress);
    }

    public List<Param> params() {
        return params;
    }

    /** The value of the first parameter with this key. */
    public Optional<String> first(String key) {
        for (Param p : params) {
            if (p.key().equals(key)) {
                return Optional.of(p.value());
            }
        }
        return Optional.empty();
    }

    /** The method asked for: from the path when there is one, else the {@code method} parameter. */
    public Optional<String> method() {
        return pathMethod != null ? Optional.of(pathMethod) : first("method");
    }

    /** How many parameters carry this key. */
    public int count(String key) {
        int n = 0;
        for (Param p : params) {
            if (p.key().equals(key)) {
                n++;
            }
        }
        return n;
    }

    /** Builds a request parameter by parameter, in arrival order. */
    public static final class Builder {
        private final List<Param> params = new ArrayList<>();
        private String pathMethod;

        public Builder add(String key, String value) {
            params.add(new Param(key, value));
            return this;
        }

        public Builder pathMethod(String method) {
            this.pathMethod = method;
            return this;
        }

        public List<Param> params() {
            return Collections.unmodifiableList(params);
        }

        public ApiRequest build() {
            return new ApiRequest(params, pathMethod);
        }
    }
}
