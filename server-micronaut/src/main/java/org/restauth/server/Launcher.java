package org.restauth.server;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import java.util.Optional;
import org.restauth.server.config.StartFailure;
import org.restauth.server.tls.TlsConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut's start, with a failed start told in one line on standard error instead of a stack trace: a
 * configuration mistake names its key ("unknown setting restauth.user-file: did you mean
 * restauth.users-file?", "restauth.token.max-live must be at least 1": {@link StartFailure}) and exits 2; a bad
 * TLS file is one line naming the key and the file, exit 1; anything else exits 1, its stack trace logged for
 * diagnosis.
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
        Optional<String> configuration = StartFailure.configurationProblem(failure);
        if (configuration.isPresent()) {
            System.err.println("restauth: cannot start: " + configuration.get());
            System.exit(CONFIGURATION_ERROR);
        }
        LOG.error("restauth: cannot start", failure);
        System.err.println("restauth: cannot start: " + StartFailure.firstLine(rootCause(failure).getMessage()));
        System.exit(1);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
