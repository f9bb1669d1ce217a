package org.restauth.server.metrics;


import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one switch: the -D property first, then the environment; anything but json is text. */
class LogFormatTest {

    @Test
    void chosen_environmentJsonAnyCase_json() {
        assertEquals("json", LogFormat.chosen(Map.<String, String>of()::get, Map.of(LogFormat.ENVIRONMENT, " JSON ")::get));
    }

    @Test
    void chosen_propertySaysText_propertyWinsOverEnvironment() {
        assertEquals("text", LogFormat.chosen(Map.of(LogFormat.PROPERTY, "text")::get,
                Map.of(LogFormat.ENVIRONMENT, "json")::get));
    }

    @Test
    void chosen_unknownOrNothing_text() {
        assertEquals("text", LogFormat.chosen(Map.of(LogFormat.PROPERTY, "xml")::get, Map.<String, String>of()::get));
        assertEquals("text", LogFormat.chosen(Map.<String, String>of()::get, Map.<String, String>of()::get));
    }
}
