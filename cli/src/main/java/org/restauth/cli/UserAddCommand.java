package org.restauth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Adds a person; the password comes from standard input or a no-echo prompt, never from an argument. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a person to the users file (created if absent).",
                "The password is read from standard input (one line) or, on a terminal, prompted for twice"
                        + " without echo."})
final class UserAddCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private UserCommand parent;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The users file, e.g. users.json.")
    private Path file;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The person's login email.")
    private String email;

    @Option(names = "--uid", required = true, paramLabel = "UID", description = "The person's uid, 1 to 2147483647.")
    private long uid;

    @Override
    public Integer call() throws IOException {
        if (uid < 1 || uid > Integer.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(), "--uid must be from 1 to 2147483647");
        }
        String normalized = User.normalizeEmail(email);
        if (normalized.indexOf('@') < 1) {
            throw new ParameterException(spec.commandLine(), "--email must look like name@host");
        }
        List<User> users = new ArrayList<>(Files.exists(file) ? UserFile.read(file) : List.of());
        for (User user : users) {
            if (user.email().equals(normalized)) {
                throw new CliFailure("a user with email " + normalized + " already exists");
            }
            if (user.uid() == uid) {
                throw new CliFailure("a user with uid " + uid + " already exists");
            }
        }
        char[] password = new PasswordInput(parent.terminal(), spec.commandLine().getErr()).read(normalized);
        try {
            users.add(new User(normalized, uid, PasswordHash.create(password, new SecureRandom())));
        } finally {
            Arrays.fill(password, '\0');
        }
        UserFile.write(file, users);
        spec.commandLine().getOut().println("added " + normalized + " (uid " + uid + ") to " + file);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
