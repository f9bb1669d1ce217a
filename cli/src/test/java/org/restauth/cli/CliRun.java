package org.restauth.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of the restauth command through picocli, with captured out and err and a given stdin. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return withInput(new ByteArrayInputStream(new byte[0]), args);
    }

    static CliRun withStdin(String stdin, String... args) {
        return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static CliRun withInput(InputStream in, String... args) {
        return withInput(in, new StringWriter(), args);
    }

    /** {@code out} may be read while the command runs (the login test waits for the URL). */
    static CliRun withInput(InputStream in, StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new Main(new Terminal(in, null)))
                .setOut(new PrintWriter(new SynchronizedWriter(out), true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
