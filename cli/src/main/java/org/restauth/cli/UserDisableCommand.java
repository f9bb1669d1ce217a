package org.restauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Disable a person: they can no longer log in, and their sessions end. */
@Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a person: they can no longer log in, and their sessions end.")
final class UserDisableCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The person's login email.")
    private String email;

    @Override
    public Integer call() {
        try (CliStores stores = store.open()) {
            PersonChange.update(stores, email, (p, now) -> p.withDisabled(true, now), "disabled",
                    "disabled", spec);
        }
        return ExitCode.OK;
    }
}
