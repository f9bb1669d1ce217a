package org.restauth.core.api;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;

/**
 * A list parameter ({@code uids}, {@code fields}) in any of its three forms (docs/protocol.md §9):
 * a comma list with blanks trimmed, a flat JSON array of numbers or strings (PHP JSON-encodes arrays before
 * signing), or a single value. Anything malformed, or more than {@code maxItems} items, is error 100.
 */
final class ListParam {
    private ListParam() {
    }

    static List<String> parse(String value, int maxItems) {
        String trimmed = value.strip();
        return trimmed.startsWith("[") ? new JsonArray(trimmed, maxItems).items() : commaList(trimmed, maxItems);
    }

    private static List<String> commaList(String value, int maxItems) {
        List<String> items = new ArrayList<>();
        int start = 0;
        while (start <= value.length()) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            if (items.size() == maxItems) {
                throw invalid();
            }
            items.add(value.substring(start, end).strip());
            start = end + 1;
        }
        return items;
    }

    static ApiException invalid() {
        return new ApiException(ApiError.INVALID_PARAMETER);
    }

    /** A strict reader of {@code [item, item]} where an item is a JSON string or number; nothing nested. */
    private static final class JsonArray {
        private final String text;
        private final int maxItems;
        private int at = 1;

        JsonArray(String text, int maxItems) {
            this.text = text;
            this.maxItems = maxItems;
        }

        List<String> items() {
            List<String> items = new ArrayList<>();
            skipBlanks();
            if (peek() == ']') {
                take();
                return end(items);
            }
            while (true) {
                if (items.size() == maxItems) {
                    throw invalid();
                }
                skipBlanks();
                items.add(peek() == '"' ? string() : number());
                skipBlanks();
                char next = take();
                if (next == ']') {
                    return end(items);
                }
                if (next != ',') {
                    throw invalid();
                }
            }
        }

        private List<String> end(List<String> items) {
            if (at != text.length()) {
                throw invalid();
            }
            return items;
        }

        private String number() {
            int start = at;
            while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (start == at) {
                throw invalid();
            }
            return text.substring(start, at);
        }

        private String string() {
            at++;
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = take();
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw invalid();
                }
                out.append(c == '\\' ? escaped() : c);
            }
        }

        private char escaped() {
            char c = take();
            return switch (c) {
                case '"', '\\', '/' -> c;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'u' -> unicode();
                default -> throw invalid();
            };
        }

        private char unicode() {
            if (at + 4 > text.length() || !text.substring(at, at + 4).chars().allMatch(HexFormat::isHexDigit)) {
                throw invalid();
            }
            char c = (char) HexFormat.fromHexDigits(text, at, at + 4);
            at += 4;
            return c;
        }

        private void skipBlanks() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                throw invalid();
            }
            return text.charAt(at);
        }

        private char take() {
            char c = peek();
            at++;
            return c;
        }
    }
}
