package org.restauth.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Standard input and, when there is one, the console; passwords are read here, never from arguments. */
public final class Terminal {
    private final InputStream in;
    private final Console console;
    private Reader reader;

    /** @param console null when standard input or output is not a terminal */
    public Terminal(InputStream in, Console console) {
        this.in = in;
        this.console = console;
    }

    public static Terminal system() {
        return new Terminal(System.in, System.console());
    }

    /** Whether a person is at the keyboard (Java 17: stdin and stdout are both terminals). */
    boolean isInteractive() {
        return console != null;
    }

    Console console() {
        return console;
    }

    /** One line of standard input without its line end, as characters the caller can wipe; null at end of input. */
    char[] readLine() throws IOException {
        if (reader == null) {
            reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        char[] line = new char[64];
        int length = 0;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (length == line.length) {
                char[] bigger = Arrays.copyOf(line, length * 2);
                Arrays.fill(line, '\0');
                line = bigger;
            }
            line[length++] = (char) c;
            c = reader.read();
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        char[] result = Arrays.copyOf(line, length);
        Arrays.fill(line, '\0');
        return result;
    }

    /**
     * A response body exactly as received; a line end is added only when a person reads it on a terminal,
     * so redirected output keeps the server's bytes.
     */
    void printBody(PrintWriter out, String body) {
        out.print(body);
        if (isInteractive() && !body.endsWith("\n")) {
            out.println();
        }
        out.flush();
    }
}
