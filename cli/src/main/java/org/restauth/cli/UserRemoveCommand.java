package org.restauth.cli;

import java.util.concurrent.Callable;
import org.restauth.core.user.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Removes a person from the store; their sessions end at once. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove a person from the server's store and end their sessions.")
final class UserRemoveCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The person's login email.")
    private String email;

    @Override
    public Integer call() {
        try (CliStores stores = store.open()) {
            Person person = PersonChange.find(stores, email);
            if (!stores.people().remove(person.uid())) {
                throw new CliFailure("no person with email " + person.email() + " (removed meanwhile)");
            }
            PersonChange.report(spec, "removed", "removed", person, stores.sessions().removeAllOf(person.uid()));
        }
        return ExitCode.OK;
    }
}
