package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppNewCommandTest {
    private static final String HEX = "([0-9a-f]{32})";

    @Test
    void appNew_desktop_printsPropertiesAndYamlWithSameFreshKeyAndSecret() {
        CliRun run = CliRun.run("app", "new", "--name", "demo");

        assertEquals(0, run.exitCode(), run.err());
        Matcher m = Pattern.compile("# as system properties:\n"
                + "-Drestauth.apps.demo.api-key=" + HEX + "\n"
                + "-Drestauth.apps.demo.secret=" + HEX + "\n"
                + "-Drestauth.apps.demo.type=desktop\n"
                + "\n"
                + "# as application.yml:\n"
                + "restauth:\n"
                + "  apps:\n"
                + "    demo:\n"
                + "      api-key: \\1\n"
                + "      secret: \\2\n"
                + "      type: desktop\n").matcher(run.out());
        assertTrue(m.matches(), run.out());
        assertNotEquals(m.group(1), m.group(2));
    }

    @Test
    void appNew_twice_generatesDifferentKeys() {
        assertNotEquals(CliRun.run("app", "new").out(), CliRun.run("app", "new").out());
    }

    @Test
    void appNew_webWithCallback_printsCallbackUrlInBothForms() {
        CliRun run = CliRun.run("app", "new", "--type", "WEB", "--callback-url", "https://app.example/after?x=1&y=2");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("-Drestauth.apps.app.type=web\n"
                + "'-Drestauth.apps.app.callback-url=https://app.example/after?x=1&y=2'\n"), run.out());
        assertTrue(run.out().endsWith("      type: web\n"
                + "      callback-url: \"https://app.example/after?x=1&y=2\"\n"), run.out());
    }

    @Test
    void appNew_webWithoutCallback_isUsageError() {
        CliRun run = CliRun.run("app", "new", "--type", "web");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("a web app needs --callback-url"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void appNew_callbackNotHttp_isUsageError() {
        CliRun run = CliRun.run("app", "new", "--type", "web", "--callback-url", "javascript:alert(1)");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("--callback-url must be an absolute http(s) URL"), run.err());
    }

    @Test
    void appNew_unknownType_isUsageError() {
        CliRun run = CliRun.run("app", "new", "--type", "canvas");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--type"), run.err());
    }
}
