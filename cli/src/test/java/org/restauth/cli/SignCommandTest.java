package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The test vectors of docs/protocol.md §3. */
class SignCommandTest {
    private static final String SECRET = "secretsecretsecretsecretsecret12";
    private static final String KEY = "api_key=0123456789abcdef0123456789abcdef";

    @Test
    void sign_floatCallIdAndEmptySessionKey_printsDocumentedSig() {
        CliRun run = CliRun.run("sign", "method=facebook.auth.createToken", KEY, "call_id=1262304000.1234",
                "session_key=", "v=1.0", "--secret", SECRET);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("d02c6e2f961645a7ceff31b69ae0fd90" + System.lineSeparator(), run.out());
    }

    @Test
    void sign_millisecondCallIdAndFormat_printsDocumentedSig() {
        CliRun run = CliRun.run("sign", KEY, "call_id=1227046450038", "format=xml", "method=facebook.auth.createToken",
                "v=1.0", "--secret", SECRET);

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("0fe3138502de1b7a7e6a17b3f4832d96" + System.lineSeparator(), run.out());
    }

    @Test
    void sign_getSessionWithSigGiven_ignoresSigAndPrintsDocumentedSig() {
        CliRun run = CliRun.run("sign", "--secret", SECRET, "method=facebook.auth.getSession", KEY,
                "auth_token=3e4a22bb2f5ed75114b0fc9995ea85f1", "format=JSON", "generate_session_secret=0",
                "locale=en_US", "v=1.0", "sig=00000000000000000000000000000000");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("f7c6b201b46a951005e6609a2dfd3623" + System.lineSeparator(), run.out());
    }

    @Test
    void sign_argumentWithoutEquals_isUsageErrorWithoutEchoingIt() {
        CliRun run = CliRun.run("sign", "method=auth.createToken", "hunter2", "--secret", SECRET);

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Parameters must look like key=value (argument 2 does not)"), run.err());
        assertFalse(run.err().contains("hunter2"), run.err());
    }

    @Test
    void sign_withoutSecret_isUsageError() {
        CliRun run = CliRun.run("sign", "method=auth.createToken");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required option: '--secret=SECRET'"), run.err());
    }
}
