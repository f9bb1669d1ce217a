package org.restauth.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: the commands that work on the server's store find it from the server's configuration. */
final class StoreOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "The server's application.yml (default: ./application.yml, or micronaut.config.files)."
                    + " -Drestauth.* and RESTAUTH_* variables win over it, as for the server.")
    private Path config;

    CliStores open() {
        return CliStores.open(settings());
    }

    CliSettings settings() {
        return CliSettings.load(config);
    }
}
