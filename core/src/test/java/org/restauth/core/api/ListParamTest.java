package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.restauth.core.error.ApiException;

class ListParamTest {

    @Test
    void parse_threeForms_sameItems() {
        assertEquals(List.of("8055", "8056"), ListParam.parse(" 8055 , 8056", 10));
        assertEquals(List.of("8055", "8056"), ListParam.parse("[8055, \"8056\"]", 10));
        assertEquals(List.of("8055"), ListParam.parse("8055", 10));
        assertEquals(List.of("name", "pic_square"), ListParam.parse("[\"name\",\"pic_square\"]", 10));
        assertEquals(List.of(), ListParam.parse("[ ]", 10));
    }

    @Test
    void parse_jsonEscapes_decoded() {
        assertEquals(List.of("a\"b/é"), ListParam.parse("[\"a\\\"b\\/\\u00e9\"]", 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "[8055", "[8055,]", "[,8055]", "[\"a]", "[8055]x", "[[8055]]", "[{\"a\":1}]",
            "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u+123\"]", "[true]", "[8055 8056]"})
    void parse_malformedJsonArray_invalidParameter(String value) {
        assertThrows(ApiException.class, () -> ListParam.parse(value, 10));
    }

    @Test
    void parse_moreThanMax_invalidParameter() {
        String tenThousand = IntStream.rangeClosed(1, 10_000).mapToObj(Integer::toString).collect(Collectors.joining(","));

        assertThrows(ApiException.class, () -> Uids.list(tenThousand));
        assertThrows(ApiException.class, () -> Uids.list("[" + tenThousand + "]"));
        assertEquals(1000, Uids.list(IntStream.rangeClosed(1, 1000).mapToObj(Integer::toString)
                .collect(Collectors.joining(","))).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "2147483648", "99999999999999999999", "1e3", "+5", "8055,", "", "[]", "8.0"})
    void uidsList_notPositiveDecimalBelow2To31_invalidParameter(String value) {
        assertThrows(ApiException.class, () -> Uids.list(value));
    }

    @Test
    void uidsList_repeats_eachOnceInOrder() {
        assertEquals(List.of(8056L, 8055L), Uids.list("8056,8055,8056"));
    }
}
