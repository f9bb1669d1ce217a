package org.restauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The people of the server's store, changed while it runs: every node sees a change at once. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the people in the server's store (restauth.store, default sqlite at data/restauth.db).",
        subcommands = {UserAddCommand.class, UserPasswdCommand.class, UserDisableCommand.class,
                UserEnableCommand.class, UserRemoveCommand.class, UserListCommand.class, UserImportCommand.class})
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
        throw new ParameterException(spec.commandLine(),
                "Missing a command: add, passwd, disable, enable, remove, list or import");
    }
}
