package org.restauth.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Arrays;
import org.restauth.core.user.PasswordHash;

/** A new password: one line of piped standard input, or typed twice at a no-echo prompt. */
final class PasswordInput {
    private final Terminal terminal;
    private final PrintWriter err;

    PasswordInput(Terminal terminal, PrintWriter err) {
        this.terminal = terminal;
        this.err = err;
    }

    /** The new password's hash; the typed characters are wiped once hashed. */
    PasswordHash readHash(String email) throws IOException {
        char[] password = read(email);
        try {
            return PasswordHash.create(password, new SecureRandom());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] read(String email) throws IOException {
        char[] password = terminal.isInteractive() ? prompt(terminal.console(), email) : terminal.readLine();
        if (password == null || password.length == 0) {
            throw new CliFailure("no password given (empty line or end of input)");
        }
        return password;
    }

    private char[] prompt(Console console, String email) {
        char[] first = console.readPassword("Password for %s: ", email);
        char[] second = first == null ? null : console.readPassword("Repeat the password: ");
        try {
            if (first != null && second != null && !Arrays.equals(first, second)) {
                throw new CliFailure("the two passwords differ");
            }
            return first;
        } finally {
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }
}
