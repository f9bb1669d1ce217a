package org.restauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Applications: added to the server's store while it runs, or generated as configuration lines. */
@Command(name = "app", mixinStandardHelpOptions = true, description = "Set up applications.",
        subcommands = {AppAddCommand.class, AppListCommand.class, AppRemoveCommand.class, AppNewCommand.class})
final class AppCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command: add, list, remove or new");
    }
}
