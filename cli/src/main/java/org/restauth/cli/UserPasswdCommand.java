package org.restauth.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A new password for a person; their sessions end. */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = {"Set a person's password and end their sessions.",
                "The password is read from standard input (one line) or prompted for twice without echo."})
final class UserPasswdCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private UserCommand parent;

    @Mixin
    private StoreOption store;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The person's login email.")
    private String email;

    @Override
    public Integer call() throws IOException {
        try (CliStores stores = store.open()) {
            Person person = PersonChange.find(stores, email);
            PasswordHash hash = new PasswordInput(parent.terminal(), spec.commandLine().getErr()).readHash(person.email());
            PersonChange.update(stores, email, (p, now) -> p.withPasswordHash(hash, now), "new password for",
                    "password_changed", spec);
        }
        return ExitCode.OK;
    }
}
