package org.restauth.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Removes a person; the server sees it after a restart (it reads the file once). */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a person from the users file.")
final class UserRemoveCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The users file.")
    private Path file;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The person's login email.")
    private String email;

    @Override
    public Integer call() throws IOException {
        String normalized = User.normalizeEmail(email);
        List<User> users = UserFile.read(file);
        List<User> kept = users.stream().filter(u -> !u.email().equals(normalized)).toList();
        if (kept.size() == users.size()) {
            throw new CliFailure("no user with email " + normalized + " in " + file);
        }
        UserFile.write(file, kept);
        spec.commandLine().getOut().println("removed " + normalized + " from " + file);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
