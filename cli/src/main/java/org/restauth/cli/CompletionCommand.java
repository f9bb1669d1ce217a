package org.restauth.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The shell completion script, from picocli's {@link AutoComplete}; the same script serves zsh, which it
 * loads through bashcompinit. {@code source <(restauth completion bash)} in ~/.bashrc.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script: source <(restauth completion bash) in ~/.bashrc,",
                "or source <(restauth completion zsh) in ~/.zshrc."})
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    private Shell shell;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
