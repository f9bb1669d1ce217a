package org.restauth.cli;

/**
 * A failure to report in one line and exit 1. The message is shown to the user as it is: it must never
 * hold a secret, token, session key or password.
 */
final class CliFailure extends RuntimeException {
    CliFailure(String message) {
        super(message, null, false, false);
    }
}
