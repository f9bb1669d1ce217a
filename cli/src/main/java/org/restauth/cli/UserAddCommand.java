package org.restauth.cli;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;
import org.restauth.core.user.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Adds a person; the password comes from standard input or a no-echo prompt, never from an argument. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a person to the server's store; they can log in at once, no restart.",
                "The password is read from standard input (one line) or, on a terminal, prompted for twice"
                        + " without echo."})
final class UserAddCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private UserCommand parent;

    @Mixin
    private StoreOption store;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The person's login email.")
    private String email;

    @Option(names = "--uid", paramLabel = "UID", description = "The person's uid, 1 to 2147483647 (default: the next free one).")
    private long uid;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "", description = "The display name.")
    private String name;

    @Override
    public Integer call() throws IOException {
        if (uid < 0 || uid > Integer.MAX_VALUE) {
            throw new ParameterException(spec.commandLine(), "--uid must be from 1 to 2147483647");
        }
        String normalized = User.normalizeEmail(email);
        if (normalized.indexOf('@') < 1) {
            throw new ParameterException(spec.commandLine(), "--email must look like name@host");
        }
        try (CliStores stores = store.open()) {
            PersonStore people = stores.people();
            if (people.byEmail(normalized).isPresent()) {
                throw new CliFailure("a person with email " + normalized + " already exists");
            }
            PasswordHash hash = new PasswordInput(parent.terminal(), spec.commandLine().getErr()).readHash(normalized);
            Instant now = Instant.now();
            Person person = new Person(uid, normalized, hash, new Profile(name, "", "", "", ""), false, now, now);
            switch (people.add(person)) {
                case EMAIL_TAKEN -> throw new CliFailure("a person with email " + normalized + " already exists");
                case UID_TAKEN -> throw new CliFailure("a person with uid " + uid + " already exists");
                case ADDED -> { }
            }
            long assigned = people.byEmail(normalized).map(Person::uid).orElse(uid);
            AuditLog.of(spec).person("added", person.withUid(assigned), -1);
            spec.commandLine().getOut().println("added " + normalized + " (uid " + assigned + ")");
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }
}
