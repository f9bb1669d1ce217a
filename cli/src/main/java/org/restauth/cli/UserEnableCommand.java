package org.restauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Enable a disabled person again. */
@Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled person again.")
final class UserEnableCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The person's login email.")
    private String email;

    @Override
    public Integer call() {
        try (CliStores stores = store.open()) {
            PersonChange.update(stores, email, (p, now) -> p.withDisabled(false, now), "enabled",
                    "enabled", spec);
        }
        return ExitCode.OK;
    }
}
