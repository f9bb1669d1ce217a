package org.restauth.cli;

import org.restauth.core.crypto.Secret;
import picocli.CommandLine.Option;

/** {@code --api-key} and {@code --secret}: the application a command calls the server as. */
final class AppCredentials {
    @Option(names = "--api-key", required = true, paramLabel = "KEY", description = "Application api key.")
    String apiKey;

    @Option(names = "--secret", required = true, paramLabel = "SECRET", converter = SecretConverter.class,
            description = "Application secret.")
    Secret secret;
}
