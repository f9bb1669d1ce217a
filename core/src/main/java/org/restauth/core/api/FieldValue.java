package org.restauth.core.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One field's value in a row of users.getInfo, by kind, so that every format writes it as the old clients read
 * it (docs/protocol.md §9).
 */
public sealed interface FieldValue {

    /** A string; empty is the no-value form of a string field. XML {@code <f/>} when empty; JSON {@code ""}. */
    record Text(String value) implements FieldValue {
        public static final Text EMPTY = new Text("");

        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A number: XML text, JSON number, json-strings string. */
    record Numeric(BigDecimal value) implements FieldValue {
        public Numeric {
            Objects.requireNonNull(value, "value");
        }

        public static Numeric of(long value) {
            return new Numeric(BigDecimal.valueOf(value));
        }

        /** Plain decimal text, no exponent: {@code -8}, {@code 5.5}. */
        public String text() {
            return value.toPlainString();
        }
    }

    /** A boolean: XML {@code 1}/{@code 0}, JSON (and json-strings) {@code true}/{@code false}. */
    record Bool(boolean value) implements FieldValue {
    }

    /** A number or struct with no value: XML {@code xsi:nil="true"}, JSON {@code null}. */
    record Nil() implements FieldValue {
    }

    /** A list with no items: XML {@code <f list="true"/>}, JSON {@code []}. */
    record EmptyList() implements FieldValue {
    }

    Nil NIL = new Nil();
    EmptyList EMPTY_LIST = new EmptyList();
}
