package org.restauth.server.metrics;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Everything written to standard output and standard error from {@link #start()} to {@link #close()},
 * held instead of printed (at DEBUG it would flood the build log). The console appenders of the log write through System.out/err at each call, so
 * this holds every log line too.
 */
final class CapturedOutput implements AutoCloseable {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;

    static CapturedOutput start() {
        CapturedOutput c = new CapturedOutput();
        c.out = System.out;
        c.err = System.err;
        System.setOut(new PrintStream(new Holder(c.captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Holder(c.captured), true, StandardCharsets.UTF_8));
        return c;
    }

    String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
    }

    private static final class Holder extends OutputStream {
        private final ByteArrayOutputStream copy;

        Holder(ByteArrayOutputStream copy) {
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (copy) {
                copy.write(b, off, len);
            }
        }
    }
}
