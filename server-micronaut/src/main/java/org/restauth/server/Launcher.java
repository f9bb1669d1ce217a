package org.restauth.server;

import org.restauth.server.tls.TlsConfigurationException;

import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut's start, with a failed start told in one line on standard error instead of a stack trace: a
 * configuration mistake names its key ("unknown setting restauth.user-file: did you mean
 * restauth.users-file?") and exits 2; a bad TLS file is one line naming the key and the file, exit 1; anything else exits 1, its stack trace logged for diagnosis.
 */
final class Launcher extends Micronaut {
    static final int CONFIGURATION_ERROR = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

    @Override
    protected void handleStartupException(Environment environment, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TlsConfigurationException tls) {
                System.err.println("restauth: " + tls.getMessage()); // names the key and the file
                System.exit(1);
            }
        }
        ConfigurationException configuration = innermostConfigurationError(failure);
        if (configuration != null) {
            System.err.println("restauth: cannot start: " + firstLine(configuration.getMessage()));
            System.exit(CONFIGURATION_ERROR);
        }
        LOG.error("restauth: cannot start", failure);
        System.err.println("restauth: cannot start: " + firstLine(rootCause(failure).getMessage()));
        System.exit(1);
    }

    private static ConfigurationException innermostConfigurationError(Throwable failure) {
        ConfigurationException found = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationException c) {
                found = c;
            }
        }
        return found;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
