package org.restauth.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.restauth.core.crypto.Secret;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --api-key} and the application secret: the application a command calls the server as. The secret
 * comes from {@code RESTAUTH_SECRET} or {@code --secret-file} (preferred: neither shows in {@code ps} or the
 * shell's history), or from {@code --secret}.
 */
final class AppCredentials {
    static final String SECRET_ENV = "RESTAUTH_SECRET";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--api-key", required = true, paramLabel = "KEY", description = "Application api key.")
    String apiKey;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "File holding the application secret (preferred; one line, trailing newline ignored).")
    private Path secretFile;

    @Option(names = "--secret", paramLabel = "SECRET", converter = SecretConverter.class,
            description = "Application secret. Prefer the environment variable " + SECRET_ENV
                    + " or --secret-file: an argument is visible to every user in ps.")
    private Secret secret;

    /** The secret from the one place it was given; none, or two places, is a usage error. */
    Secret secret() {
        String env = System.getenv(SECRET_ENV);
        if (secret != null && secretFile != null) {
            throw usage("give the secret once: --secret or --secret-file, not both");
        }
        if (secret != null) {
            return secret;
        }
        if (secretFile != null) {
            return fromFile();
        }
        if (env != null && !env.isEmpty()) {
            return Secret.of(env);
        }
        throw usage("the application secret is missing: set " + SECRET_ENV + ", or give --secret-file FILE"
                + " (or --secret)");
    }

    private Secret fromFile() {
        String text;
        try {
            text = Files.readString(secretFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw usage("cannot read --secret-file " + secretFile + " (" + e.getClass().getSimpleName() + ")");
        }
        if (text.isEmpty() || text.contains("\n")) {
            throw usage("--secret-file " + secretFile + " must hold the secret on one line");
        }
        return Secret.of(text);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
