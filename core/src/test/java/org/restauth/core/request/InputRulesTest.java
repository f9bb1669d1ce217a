package org.restauth.core.request;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InputRulesTest {

    private static List<Param> distinct(int n) {
        List<Param> params = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            params.add(new Param("k" + i, "v"));
        }
        return params;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 16, 17, 60})
    void accepts_distinctKeys_isTrue(int n) {
        assertTrue(InputRules.DEFAULT.accepts(distinct(n)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 16, 17, 60}) // both ways of checking: pairwise up to 16 keys, a set above
    void accepts_lastKeyRepeatsTheFirst_isFalse(int n) {
        List<Param> params = distinct(n - 1);
        params.add(new Param("k0", "again"));
        assertFalse(InputRules.DEFAULT.accepts(params));
    }

    @Test
    void accepts_emptyKeyOrTooLongValue_isFalse() {
        assertFalse(InputRules.DEFAULT.accepts(List.of(new Param("", "v"))));
        assertFalse(new InputRules(8, 4).accepts(List.of(new Param("k", "12345"))));
        assertFalse(new InputRules(4, 8).accepts(List.of(new Param("12345", "v"))));
        assertTrue(new InputRules(5, 5).accepts(List.of(new Param("12345", "12345"))));
    }
}
