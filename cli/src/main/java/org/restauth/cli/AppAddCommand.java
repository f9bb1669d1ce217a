package org.restauth.cli;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.restauth.core.app.AppType;
import org.restauth.core.app.Application;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.crypto.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A new application in the server's store, callable at once; its secret is printed here and never again. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add an application to the server's store; it can call at once, no restart.",
                "Prints its api key and secret once: the secret is not shown again."})
final class AppAddCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Mixin
    private AppOptions app;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Shown on the login page.")
    private String name;

    @Override
    public Integer call() {
        if (name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--name must not be empty");
        }
        app.validate(spec.commandLine());
        SecureRandom random = new SecureRandom();
        String apiKey = AppOptions.hex(random);
        Secret secret = Secret.of(AppOptions.hex(random));
        Application application = app.type == AppType.WEB
                ? Application.web(apiKey, secret, app.callback().orElseThrow(), name.strip())
                : Application.desktop(apiKey, secret, name.strip());
        try (CliStores stores = store.open()) {
            if (stores.applications().add(application) != ApplicationStore.AddResult.ADDED) {
                throw new CliFailure("an application with this api key exists already: run the command again");
            }
        }
        AuditLog.of(spec).app("added", application);
        PrintWriter out = spec.commandLine().getOut();
        out.println("added " + app.kind() + " application " + name.strip());
        out.println("api_key: " + apiKey);
        out.println("secret:  " + secret.reveal());
        out.println("The secret is shown only now: keep it with the application.");
        out.flush();
        return ExitCode.OK;
    }
}
