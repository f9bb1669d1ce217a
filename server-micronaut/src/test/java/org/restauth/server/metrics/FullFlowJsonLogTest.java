package org.restauth.server.metrics;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link FullFlowTest} again with the server's own logback.xml and {@code restauth.log.format=json}: every
 * test of it holds (no secret anywhere, the access and audit lines), and every line written is one JSON
 * object carrying its request id where a request was being served.
 */
class FullFlowJsonLogTest extends FullFlowTest {

    @Override
    String logFormat() {
        return "json";
    }

    @Override
    List<String> messages(String logger) {
        return events().stream().filter(event -> logger.equals(event.path("loggerName").asText()))
                .map(event -> event.path("formattedMessage").asText()).toList();
    }

    @Test
    void log_jsonOn_everyLineIsOneJsonObject() {
        List<JsonNode> events = events();

        assertTrue(events.size() > 20, "too few lines for a whole flow at DEBUG: " + events.size());
        for (JsonNode event : events) {
            assertTrue(event.isObject(), event.toString());
            assertTrue(event.hasNonNull("timestamp") && event.hasNonNull("level") && event.hasNonNull("loggerName"),
                    event.toString());
        }
    }

    @Test
    void auditLog_jsonOn_everyLoginLineCarriesItsRequestId() {
        List<JsonNode> audit = events().stream()
                .filter(event -> Audit.LOGGER.equals(event.path("loggerName").asText())).toList();

        assertEquals(5, audit.size());
        for (JsonNode line : audit.subList(0, 3)) { // failed, grant.authorized, succeeded: all on login.php's request
            assertTrue(line.at("/mdc/request_id").asText().matches("[0-9a-f]{32}"), line.toString());
        }
    }

    @Test
    void accessLog_jsonOn_requestIdAlsoInTheMdc() {
        List<JsonNode> access = events().stream()
                .filter(event -> AccessLog.LOGGER.equals(event.path("loggerName").asText())).toList();

        assertEquals(9, access.size());
        for (JsonNode line : access) {
            String id = line.at("/mdc/request_id").asText();
            assertTrue(line.path("formattedMessage").asText().endsWith(" request_id=" + id), line.toString());
        }
    }

    private List<JsonNode> events() {
        return log().lines().filter(line -> !line.isBlank()).map(FullFlowJsonLogTest::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return fail("a log line that is not JSON: " + line);
        }
    }
}
