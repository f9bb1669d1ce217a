package org.restauth.core.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.error.ApiError;

/** What a method produced, before it is written in a format. */
public sealed interface ApiResult {

    /** A scalar string: a token, a session secret. XML: the root's text; JSON: a bare string. */
    record Text(String value) implements ApiResult {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "Text[" + value.length() + " chars]";
        }
    }

    /** A yes/no answer. XML: {@code 1} or {@code 0}; JSON: {@code true} or {@code false}. */
    record Flag(boolean value) implements ApiResult {
    }

    /**
     * The answer of auth.getSession. {@code expires} is Unix seconds, {@code 0} for never; the secret
     * is present only for desktop applications or when one was asked for.
     */
    record SessionGrant(String sessionKey, long uid, long expires, Optional<String> secret) implements ApiResult {
        public SessionGrant {
            Objects.requireNonNull(sessionKey, "sessionKey");
            Objects.requireNonNull(secret, "secret");
            // the schema types expires as a 32-bit int and one old client parses uid as an int
            if (uid <= 0 || uid > Integer.MAX_VALUE || expires < 0 || expires > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("uid and expires must stay below 2^31");
            }
        }

        @Override
        public String toString() {
            return "SessionGrant[uid=" + uid + ", expires=" + expires + ", secret=" + secret.isPresent() + "]";
        }
    }

    /**
     * A number, such as a uid or hasAppPermission's {@code 1}/{@code 0}: XML text, JSON number, json-strings a
     * string (docs/protocol.md §9).
     */
    record Numeric(long value) implements ApiResult {
    }

    /**
     * A list of rows (users.getInfo): the root carries {@code list="true"}, each row is an element named
     * {@code rowName} in XML and an object in JSON; an empty list is {@code []}.
     */
    record Rows(String rowName, List<Row> rows) implements ApiResult {
        public Rows {
            Objects.requireNonNull(rowName, "rowName");
            rows = List.copyOf(rows);
        }
    }

    /** One row: its fields in the order written. */
    record Row(List<Field> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    /** One named value of a row. */
    record Field(String name, FieldValue value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** An error_response. */
    record Failure(ApiError error) implements ApiResult {
        public Failure {
            Objects.requireNonNull(error, "error");
        }
    }
}
