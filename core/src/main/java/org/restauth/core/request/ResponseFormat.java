package org.restauth.core.request;

import java.util.Locale;
import java.util.Optional;

/** The {@code format} parameter: XML by default; {@code json-strings} makes every scalar in an object a string. */
public enum ResponseFormat {
    XML("xml"),
    JSON("json"),
    JSON_STRINGS("json-strings");

    private final String wireName;

    ResponseFormat(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Case-insensitive, as clients send {@code XML} and {@code JSON}; anything else is empty. */
    public static Optional<ResponseFormat> parse(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (ResponseFormat f : values()) {
            if (f.wireName.equals(lower)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
