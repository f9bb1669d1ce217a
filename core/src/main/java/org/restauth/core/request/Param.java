package org.restauth.core.request;

import java.util.Objects;

/**
 * One received parameter, exactly as decoded: no trimming, no re-encoding (docs/protocol.md §3). Its
 * {@code toString} shows the key and the value's length only: a value may be a token, session key, secret or sig.
 */
public record Param(String key, String value) {
    public Param {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "Param[" + key + ", " + value.length() + " chars]";
    }
}
