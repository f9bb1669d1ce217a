package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The server jar (server-micronaut/target/restauth-server.jar) started as an operator starts it, expected to refuse
 * to start: run with the given {@code -D} properties and environment variables until it exits, its exit code and
 * everything it printed kept.
 *
 * @param output standard output and standard error together
 */
record StartAttempt(int exitCode, String output) {

    static StartAttempt run(Map<String, String> properties, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                ServerNode.javaCommand(FreePort.pick(), properties, Optional.of(PackagedJars.server())))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] printed = process.getInputStream().readAllBytes(); // until the process closes its output
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the server did not stop within 90 s:\n" + new String(printed, StandardCharsets.UTF_8));
        }
        return new StartAttempt(process.exitValue(), new String(printed, StandardCharsets.UTF_8));
    }
}
