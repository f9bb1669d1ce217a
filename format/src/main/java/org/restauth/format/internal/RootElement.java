package org.restauth.format.internal;

import java.util.regex.Pattern;
import org.restauth.core.api.ApiResponse;

/** The XML root element's name (docs/protocol.md §4): {@code auth.createToken} gives {@code auth_createToken_response}. */
final class RootElement {
    static final String ERROR = "error_response";

    private static final String PREFIX = "facebook.";
    /** Dotted identifiers only, so the name is always a legal XML element name. */
    private static final Pattern METHOD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z][A-Za-z0-9_]*)*");

    private RootElement() {
    }

    static String of(ApiResponse response) {
        if (response.isError()) {
            return ERROR;
        }
        String method = response.method();
        // Core already canonicalizes; stripping again keeps the root right if a caller did not.
        if (method.startsWith(PREFIX)) {
            method = method.substring(PREFIX.length());
        }
        if (!METHOD.matcher(method).matches()) {
            throw new IllegalArgumentException("method is not a dotted identifier: length " + method.length());
        }
        return method.replace('.', '_') + "_response";
    }
}
