package org.restauth.core.request;

import java.util.Objects;

/** One received parameter, exactly as decoded: no trimming, no re-encoding (PROTOCOL.md section 3). */
public record Param(String key, String value) {
    public Param {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
