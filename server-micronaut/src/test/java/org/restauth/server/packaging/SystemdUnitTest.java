package org.restauth.server.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * packaging/systemd/restauth.service as systemd itself reads it ({@code systemd-analyze verify}, where
 * installed): no error and no warning. Its ExecStart points at the repository's own bin/restauth-server,
 * since verify checks that the command exists.
 */
class SystemdUnitTest {
    private static final Path UNIT = Path.of("..", "packaging", "systemd", "restauth.service");
    private static final Path ANALYZE = Path.of("/usr/bin/systemd-analyze");

    @TempDir
    Path dir;

    @Test
    void verify_shippedUnit_noErrorNoWarning() throws Exception {
        Verdict verdict = verify(Files.readString(UNIT));

        assertEquals(0, verdict.code(), verdict.output());
        assertEquals("", verdict.output());
    }

    @Test
    void verify_unitWithABadValue_warns() throws Exception {
        Verdict verdict = verify(Files.readString(UNIT).replace("ProtectSystem=strict", "ProtectSystem=bogus"));

        assertFalse(verdict.output().isEmpty(), "the check would not notice a broken unit");
    }

    private Verdict verify(String unit) throws Exception {
        assumeTrue(Files.isExecutable(ANALYZE), "systemd-analyze is not installed");
        Path server = Path.of("..", "bin", "restauth-server").toAbsolutePath().normalize();
        Path copy = Files.writeString(dir.resolve("restauth.service"),
                unit.replace("/opt/restauth/bin/restauth-server", server.toString()));
        Process process = new ProcessBuilder(ANALYZE.toString(), "verify", copy.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "systemd-analyze did not finish");
        return new Verdict(process.exitValue(), output.strip());
    }

    private record Verdict(int code, String output) {
    }
}
