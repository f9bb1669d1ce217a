package org.restauth.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an answer is an error: XML whose root is {@code error_response}, or a JSON object with
 * {@code error_code}; inside JSONP as well (XML JSONP carries the document as a string literal).
 */
final class ErrorBody {
    /** How an old client unwraps JSONP (docs/protocol.md §4). */
    private static final Pattern JSONP = Pattern.compile("^[A-Za-z_$][A-Za-z0-9_$.]*[(](.+)[)];\\n?$", Pattern.DOTALL);
    private static final Pattern XML_ERROR_ROOT =
            Pattern.compile("^\\s*(<\\?xml[^>]*\\?>)?\\s*<error_response[\\s>/]", Pattern.DOTALL);

    private ErrorBody() {
    }

    static boolean isError(String body) {
        Matcher jsonp = JSONP.matcher(body);
        String payload = jsonp.matches() ? jsonp.group(1) : body;
        if (XML_ERROR_ROOT.matcher(payload).find()) {
            return true;
        }
        if (!looksLikeJson(payload)) {
            return false;
        }
        try {
            JsonNode value = new ObjectMapper().readTree(payload);
            if (value.isTextual()) {
                return XML_ERROR_ROOT.matcher(value.textValue()).find();
            }
            return value.isObject() && value.has("error_code");
        } catch (JacksonException e) {
            return false;
        }
    }

    private static boolean looksLikeJson(String payload) {
        String start = payload.stripLeading();
        return start.startsWith("{") || start.startsWith("\"");
    }
}
