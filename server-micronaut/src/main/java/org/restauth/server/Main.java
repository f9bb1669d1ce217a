package org.restauth.server;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.restauth.server.tls.TlsConfigurationException;

/** Starts the HTTP server: {@code java -jar restauth-server.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Micronaut micronaut = new OneLineTlsFailures();
        micronaut.args(args);
        // no banner: standard output carries only what an operator needs (the demo application's key)
        micronaut.mainClass(Main.class).banner(false).start();
    }

    /** A bad TLS file is an operator's typo, not a bug: its one-line message, no stack trace, exit 1. */
    private static final class OneLineTlsFailures extends Micronaut {
        @Override
        protected void handleStartupException(Environment environment, Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof TlsConfigurationException tls) {
                    System.err.println("restauth: " + tls.getMessage());
                    System.exit(1);
                }
            }
            super.handleStartupException(environment, failure);
        }
    }
}
