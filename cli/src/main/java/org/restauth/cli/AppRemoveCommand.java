package org.restauth.cli;

import java.util.concurrent.Callable;
import org.restauth.core.app.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Removes an application added at run time: from the next call on its api key gets error 101, so its tokens
 * and sessions are refused. A configured application is removed from the configuration instead.
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Remove an application added with `app add`; its tokens and sessions are refused at once.")
final class AppRemoveCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--api-key", required = true, paramLabel = "KEY", description = "The application's api key.")
    private String apiKey;

    @Override
    public Integer call() {
        CliSettings settings = store.settings();
        for (String name : settings.appNames()) {
            if (settings.get("restauth.apps." + name + ".api-key").filter(apiKey::equals).isPresent()) {
                throw new CliFailure("this is the configured application restauth.apps." + name
                        + ": remove it from the server's configuration");
            }
        }
        try (CliStores stores = CliStores.open(settings)) {
            // looked up first: the audit line names it, and after the removal it is gone
            Application removed = stores.applications().find(apiKey).orElse(null);
            if (removed == null || !stores.applications().remove(apiKey)) {
                throw new CliFailure("no application added with this api key");
            }
            AuditLog.of(spec).app("removed", removed);
        }
        spec.commandLine().getOut().println("removed application " + apiKey);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
