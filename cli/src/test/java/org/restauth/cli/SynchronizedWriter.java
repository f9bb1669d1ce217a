package org.restauth.cli;

import java.io.StringWriter;
import java.io.Writer;

/** A StringWriter another thread can read safely while a command writes to it. */
final class SynchronizedWriter extends Writer {
    private final StringWriter target;

    SynchronizedWriter(StringWriter target) {
        this.target = target;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        synchronized (target) {
            target.write(chars, offset, length);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
