package org.restauth.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackTest {

    @ParameterizedTest
    @ValueSource(strings = {"cb", "jQuery1234_5678", "window.FB.callbacks.c1", "$", "_a.$b"})
    void isValid_javaScriptIdentifierPath_isAccepted(String name) {
        assertTrue(Callback.isValid(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1cb", "a..b", "a.", ".a", "alert(1)", "cb;evil", "a b", "a-b", "a[0]", "</script>",
            "é"})
    void isValid_anythingElse_isRefused(String name) {
        assertFalse(Callback.isValid(name));
    }

    @Test
    void isValid_lengthLimit_is128() {
        assertTrue(Callback.isValid("a".repeat(128)));
        assertFalse(Callback.isValid("a".repeat(129)));
        assertFalse(Callback.isValid(null));
    }

    @Test
    void parse_formatNamesInAnyCase_areKnownAndOthersAreNot() {
        assertEquals(Optional.of(ResponseFormat.XML), ResponseFormat.parse("XML"));
        assertEquals(Optional.of(ResponseFormat.JSON), ResponseFormat.parse("Json"));
        assertEquals(Optional.of(ResponseFormat.JSON_STRINGS), ResponseFormat.parse("JSON-STRINGS"));
        assertEquals(Optional.empty(), ResponseFormat.parse("jsonp"));
        assertEquals(Optional.empty(), ResponseFormat.parse(" json"));
    }
}
