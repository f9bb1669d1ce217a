package org.restauth.core.request;

import java.util.Objects;
import java.util.Optional;

/**
 * How the answer is to be written: the format, and a JSONP callback name that has already passed
 * {@link Callback#isValid(String)} (or none).
 */
public record ResponseOptions(ResponseFormat format, Optional<String> callback) {
    public static final ResponseOptions DEFAULT = new ResponseOptions(ResponseFormat.XML, Optional.empty());

    public ResponseOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(callback, "callback");
        callback.ifPresent(name -> {
            if (!Callback.isValid(name)) {
                throw new IllegalArgumentException("callback is not a JavaScript identifier path");
            }
        });
    }

    public static ResponseOptions of(ResponseFormat format) {
        return new ResponseOptions(format, Optional.empty());
    }

    public static ResponseOptions jsonp(ResponseFormat format, String callback) {
        return new ResponseOptions(format, Optional.of(callback));
    }
}
