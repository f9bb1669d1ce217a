package org.restauth.cli;

/** The server could not be reached at all (exit 3): the message names the URL, never a parameter. */
final class UnreachableServer extends RuntimeException {
    UnreachableServer(String message) {
        super(message, null, false, false);
    }
}
