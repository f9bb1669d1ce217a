package org.restauth.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.restauth.core.request.Param;
import org.w3c.dom.Document;

/**
 * What every answer to any input must be: HTTP 200 (or a 4xx for what is not an API call at all, never
 * a 5xx); a body that parses as the format its content type names; in JSON and JSONP no raw {@code <}
 * or {@code >}; a JSONP wrapper exactly {@code name(PAYLOAD);}; request_args equal to what was sent.
 */
final class AnswerCheck {
    static final String XML = "text/xml; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";
    static final String JS = "text/javascript; charset=utf-8";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern JSONP = Pattern.compile(
            "^([A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*)\\((.+)\\);\\n?$", Pattern.DOTALL);
    private static final ThreadLocal<DocumentBuilder> XML_PARSER = ThreadLocal.withInitial(AnswerCheck::parser);

    private AnswerCheck() {
    }

    /** Checks the answer; true when it is an error (protocol error body or HTTP 4xx). */
    static boolean isError(GeneratedCall call, int status, String contentType, byte[] bytes) {
        assertTrue(status < 500, "HTTP " + status);
        if (status != 200) {
            assertTrue(status >= 400, "HTTP " + status);
            return true;
        }
        String body = strictUtf8(bytes);
        return switch (contentType) {
            case XML -> isErrorDocument(body);
            case JSON -> isErrorJson(call, scriptSafe(body));
            case JS -> isErrorJsonp(call, scriptSafe(body));
            default -> fail("content type " + contentType);
        };
    }

    private static boolean isErrorJsonp(GeneratedCall call, String body) {
        Matcher m = JSONP.matcher(body);
        assertTrue(m.matches(), "not name(PAYLOAD);");
        if (call.echoesExactly()) {
            assertEquals(first(call.params(), "callback"), m.group(1));
        }
        JsonNode payload = read(m.group(2));
        if (payload.isTextual() && payload.textValue().startsWith("<?xml")) {
            return isErrorDocument(payload.textValue());
        }
        return isErrorJson(call, payload);
    }

    private static boolean isErrorJson(GeneratedCall call, String body) {
        return isErrorJson(call, read(body));
    }

    private static boolean isErrorJson(GeneratedCall call, JsonNode json) {
        boolean error = json.isObject() && json.has("error_code");
        if (error && call.echoesExactly()) {
            List<Param> echoed = new ArrayList<>();
            json.get("request_args").forEach(a -> echoed.add(new Param(a.get("key").textValue(), a.get("value").textValue())));
            assertEquals(call.params(), echoed);
        }
        return error;
    }

    private static boolean isErrorDocument(String xml) {
        try {
            Document doc = XML_PARSER.get().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            return doc.getDocumentElement().getLocalName().equals("error_response");
        } catch (Exception e) {
            throw new AssertionError("XML not well-formed: " + e.getMessage(), e);
        }
    }

    private static String scriptSafe(String body) {
        assertFalse(body.contains("<") || body.contains(">"), "raw < or > in a script body");
        return body;
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("JSON does not parse: " + e.getMessage(), e);
        }
    }

    private static String first(List<Param> params, String key) {
        return params.stream().filter(p -> p.key().equals(key)).map(Param::value).findFirst().orElse(null);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("body is not UTF-8", e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
