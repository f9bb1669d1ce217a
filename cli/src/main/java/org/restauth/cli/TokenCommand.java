package org.restauth.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.RestApi;
import org.restauth.core.app.Application;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import org.restauth.core.store.Stores;
import org.restauth.format.ResponseRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** auth.createToken handled in this process by core, written by format: the bytes a server would send. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Create a token locally (no server) and print the response a server would send.")
final class TokenCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--api-key", paramLabel = "KEY", description = "Application api key (default: random 32 hex).")
    private String apiKey;

    @Option(names = "--secret", paramLabel = "SECRET", converter = SecretConverter.class,
            description = "Application secret (default: random 32 hex).")
    private Secret secret;

    @Option(names = "--format", paramLabel = "FORMAT", description = "xml (default), json or json-strings.")
    private String format;

    @Option(names = "--json", description = "The answer in JSON (format=json).")
    private boolean json;

    @Option(names = "--callback", paramLabel = "NAME", description = "JSONP callback name.")
    private String callback;

    @Override
    public Integer call() {
        RandomValues random = RandomValues.secure();
        String key = apiKey != null ? apiKey : random.hex(16);
        Secret appSecret = secret != null ? secret : Secret.of(random.hex(16));
        RestApi api = RestApi.builder()
                .stores(Stores.inMemory(InMemoryApplicationRegistry.of(Application.desktop(key, appSecret, "restauth-cli"))))
                .random(random)
                .clock(Clock.systemUTC())
                .build();
        ApiResponse response = api.handle(ApiRequest.of(signedRequest(key, appSecret)));
        main.terminal().printBody(spec.commandLine().getOut(), new ResponseRenderer().render(response).bodyAsString());
        return response.isError() ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    private List<Param> signedRequest(String key, Secret appSecret) {
        List<Param> params = new ArrayList<>();
        params.add(new Param("method", "auth.createToken"));
        params.add(new Param("api_key", key));
        params.add(new Param("v", "1.0"));
        String answerFormat = Formats.chosen(spec, format, json);
        if (answerFormat != null) {
            params.add(new Param("format", answerFormat));
        }
        if (callback != null) {
            params.add(new Param("callback", callback));
        }
        params.add(Signature.param(params, appSecret));
        return params;
    }
}
