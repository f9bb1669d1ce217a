package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenCommandTest {
    private static final String KEY = "0123456789abcdef0123456789abcdef";
    private static final String SECRET = "secretsecretsecretsecretsecret12";
    private static final String TOKEN = "[0-9a-f]{32}";
    private static final String ROOT_ATTRIBUTES = " xmlns=\"http://api.facebook.com/1.0/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\"";

    private static void assertMatches(String regex, String actual) {
        assertTrue(Pattern.compile(regex).matcher(actual).matches(), () -> "got: " + actual);
    }

    @Test
    void token_defaultFormat_printsXmlDocumentWithBareToken() {
        CliRun run = CliRun.run("token");

        assertEquals(0, run.exitCode(), run.err());
        assertMatches(Pattern.quote("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<auth_createToken_response"
                + ROOT_ATTRIBUTES + ">") + TOKEN + Pattern.quote("</auth_createToken_response>"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void token_formatJson_printsBareJsonString() {
        CliRun run = CliRun.run("token", "--api-key", KEY, "--secret", SECRET, "--format", "json");

        assertEquals(0, run.exitCode(), run.err());
        assertMatches("\"" + TOKEN + "\"", run.out());
    }

    @Test
    void token_formatJsonStrings_printsBareJsonString() {
        CliRun run = CliRun.run("token", "--format", "json-strings");

        assertEquals(0, run.exitCode(), run.err());
        assertMatches("\"" + TOKEN + "\"", run.out());
    }

    @Test
    void token_jsonWithCallback_printsJsonp() {
        CliRun run = CliRun.run("token", "--format", "json", "--callback", "FB.ApiClient._cb1");

        assertEquals(0, run.exitCode(), run.err());
        assertMatches(Pattern.quote("FB.ApiClient._cb1(\"") + TOKEN + Pattern.quote("\");"), run.out());
    }

    @Test
    void token_xmlWithCallback_printsXmlDocumentAsScriptSafeStringLiteral() {
        CliRun run = CliRun.run("token", "--callback", "cb");

        assertEquals(0, run.exitCode(), run.err());
        String attributes = ROOT_ATTRIBUTES.replace("\"", "\\\"");
        assertMatches(Pattern.quote("cb(\"\\u003C?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?\\u003E\\n"
                + "\\u003Cauth_createToken_response" + attributes + "\\u003E") + TOKEN
                + Pattern.quote("\\u003C/auth_createToken_response\\u003E\");"), run.out());
    }

    @Test
    void token_badCallback_printsError100WithRequestArgsAndExits1() {
        CliRun run = CliRun.run("token", "--api-key", KEY, "--secret", SECRET, "--callback", "alert(1)");

        assertEquals(1, run.exitCode());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<error_response" + ROOT_ATTRIBUTES + ">"
                + "<error_code>100</error_code><error_msg>Invalid parameter</error_msg><request_args list=\"true\">"
                + "<arg><key>method</key><value>auth.createToken</value></arg>"
                + "<arg><key>api_key</key><value>" + KEY + "</value></arg>"
                + "<arg><key>v</key><value>1.0</value></arg>"
                + "<arg><key>callback</key><value>alert(1)</value></arg>"
                + "<arg><key>sig</key><value>9c03b5e85e64c678b4a4cd8772116c63</value></arg>"
                + "</request_args></error_response>", run.out());
    }

    @Test
    void token_badCallbackInJson_printsJsonError100WithoutCallback() {
        CliRun run = CliRun.run("token", "--api-key", KEY, "--secret", SECRET, "--format", "json",
                "--callback", "alert(1)");

        assertEquals(1, run.exitCode());
        assertEquals("{\"error_code\":100,\"error_msg\":\"Invalid parameter\",\"request_args\":["
                + "{\"key\":\"method\",\"value\":\"auth.createToken\"},"
                + "{\"key\":\"api_key\",\"value\":\"" + KEY + "\"},"
                + "{\"key\":\"v\",\"value\":\"1.0\"},"
                + "{\"key\":\"format\",\"value\":\"json\"},"
                + "{\"key\":\"callback\",\"value\":\"alert(1)\"},"
                + "{\"key\":\"sig\",\"value\":\"756c47af9ddcd2cd6b94f7f1b90260c4\"}]}", run.out());
    }

    @Test
    void token_unknownFormat_printsXmlError100AndExits1() {
        CliRun run = CliRun.run("token", "--format", "yaml");

        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("<error_code>100</error_code><error_msg>Invalid parameter</error_msg>"),
                run.out());
        assertTrue(run.out().contains("<arg><key>format</key><value>yaml</value></arg>"), run.out());
    }

    @Test
    void token_emptySecret_isUsageError() {
        CliRun run = CliRun.run("token", "--secret", "");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("a secret cannot be empty"), run.err());
        assertEquals("", run.out());
    }
}
