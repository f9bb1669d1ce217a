package org.restauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command. Keep it light: every class here loads on each start (target: under 0.5 s). */
@Command(name = "restauth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The legacy REST API's auth token flow: local tokens, signed calls, app and user set-up.",
        subcommands = {TokenCommand.class, CallCommand.class, SignCommand.class, AppCommand.class,
                TlsCommand.class,
                UserCommand.class, LoginCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    private final Terminal terminal;

    public Main() {
        this(Terminal.system());
    }

    /** With another standard input (tests feed passwords and Enter through it). */
    public Main(Terminal terminal) {
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        System.exit(commandLine(new Main()).execute(args));
    }

    /** The configured command line: the one exit-code mapper, case-insensitive enum values. */
    public static CommandLine commandLine(Main main) {
        return new CommandLine(main)
                .setExecutionExceptionHandler(new ExitCodeMapper())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    Terminal terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command");
    }
}
