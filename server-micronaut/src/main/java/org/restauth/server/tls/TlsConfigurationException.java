package org.restauth.server.tls;

import io.micronaut.context.exceptions.ConfigurationException;

/**
 * A TLS file that cannot serve: the message names the key and the file and says what is wrong, in one line,
 * never a password or key material. {@code Main} prints it alone, without a stack trace.
 */
public final class TlsConfigurationException extends ConfigurationException {
    TlsConfigurationException(String message) {
        super(message);
    }
}
