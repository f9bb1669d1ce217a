package org.restauth.core.request;

import java.util.regex.Pattern;

/** JSONP callback names: a plain JavaScript identifier path, so that it can never inject script. */
public final class Callback {
    /** Longest accepted name (docs/protocol.md §4: "at most about 128 characters"). */
    public static final int MAX_LENGTH = 128;

    private static final Pattern NAME =
            Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

    private Callback() {
    }

    public static boolean isValid(String name) {
        return name != null && !name.isEmpty() && name.length() <= MAX_LENGTH && NAME.matcher(name).matches();
    }
}
