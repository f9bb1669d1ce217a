package org.restauth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Who can log in: email and uid, one person a line, tab-separated; never the hash. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the people in the users file: email and uid, tab-separated.")
final class UserListCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The users file.")
    private Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (User user : UserFile.read(file)) {
            out.println(user.email() + "\t" + user.uid());
        }
        out.flush();
        return ExitCode.OK;
    }
}
