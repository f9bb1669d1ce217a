package org.restauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The users file the server reads as {@code restauth.users-file}. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the users file (restauth.users-file).",
        subcommands = {UserAddCommand.class, UserListCommand.class, UserRemoveCommand.class})
final class UserCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    Terminal terminal() {
        return main.terminal();
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: add, list or remove");
    }
}
