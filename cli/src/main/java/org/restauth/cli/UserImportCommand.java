package org.restauth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Moves the people of a users file (restauth.users-file) into the store, hashes as they are: everyone keeps their
 * password and uid. Someone whose email or uid is already there is skipped and named; the rest are added.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Add the people of a users file (the restauth.users-file format) to the server's store.")
final class UserImportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Parameters(paramLabel = "FILE", description = "The users file, e.g. users.json.")
    private Path file;

    @Override
    public Integer call() throws IOException {
        List<User> users = UserFile.read(file);
        List<String> skipped = new ArrayList<>();
        int added = 0;
        AuditLog audit = AuditLog.of(spec);
        try (CliStores stores = store.open()) {
            PersonStore people = stores.people();
            Instant now = Instant.now();
            for (User user : users) {
                Person person = new Person(user.uid(), user.email(), user.passwordHash(), Profile.EMPTY, false, now, now);
                switch (people.add(person)) {
                    case ADDED -> {
                        added++;
                        audit.person("imported", person, -1);
                    }
                    case EMAIL_TAKEN -> skipped.add(user.email() + " (email already there)");
                    case UID_TAKEN -> skipped.add(user.email() + " (uid " + user.uid() + " already there)");
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("imported " + added + " of " + users.size() + " people from " + file);
        for (String line : skipped) {
            out.println("skipped " + line);
        }
        out.flush();
        return ExitCode.OK;
    }
}
