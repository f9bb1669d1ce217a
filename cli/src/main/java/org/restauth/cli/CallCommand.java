package org.restauth.cli;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** One signed call to a server, the body printed exactly as received. */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = {"Sign and send one API call to a server and print the response body exactly.",
                "Exit 1 when the body is an error_response."})
final class CallCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Parameters(index = "0", paramLabel = "METHOD", description = "API method, e.g. auth.createToken.")
    private String method;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "More parameters, e.g. auth_token=...")
    private List<String> extra = new ArrayList<>();

    @Mixin
    private ServerOption server;

    /** Deprecated: the full endpoint URL; {@code --server} takes the base URL. */
    @Option(names = "--url", hidden = true)
    private URI legacyEndpoint;

    @Mixin
    private AppCredentials app;

    @Option(names = "--session-key", paramLabel = "SK", description = "Session key to send.")
    private String sessionKey;

    @Option(names = "--session-secret", paramLabel = "SS", converter = SecretConverter.class,
            description = "Sign with this session secret instead (sends ss=1).")
    private Secret sessionSecret;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "xml, json or json-strings (default: the server's, xml).")
    private String format;

    @Option(names = "--json", description = "Ask for the answer in JSON (format=json); the body is printed as is.")
    private boolean json;

    @Option(names = "--callback", paramLabel = "NAME", description = "JSONP callback name.")
    private String callback;

    @Option(names = "--get", description = "Send as GET with a query string instead of a POST form.")
    private boolean get;

    @Override
    public Integer call() {
        if (sessionSecret != null && sessionKey == null) {
            throw new ParameterException(spec.commandLine(), "--session-secret needs --session-key");
        }
        String answerFormat = Formats.chosen(spec, format, json);
        List<Param> params = new ArrayList<>();
        params.add(new Param("method", method));
        params.add(new Param("api_key", app.apiKey));
        params.add(new Param("v", "1.0"));
        params.add(new Param("call_id", Long.toString(System.currentTimeMillis())));
        addIfGiven(params, "format", answerFormat);
        addIfGiven(params, "callback", callback);
        addIfGiven(params, "session_key", sessionKey);
        if (sessionSecret != null) {
            params.add(new Param("ss", "1"));
        }
        params.addAll(KeyValues.parse(spec.commandLine(), extra));
        Secret signingSecret = sessionSecret != null ? sessionSecret : app.secret();
        params.add(Signature.param(params, signingSecret));
        String body = new ApiClient().send(legacyEndpoint != null ? legacyEndpoint : server.endpoint(), params, get);
        main.terminal().printBody(spec.commandLine().getOut(), body);
        return ErrorBody.isError(body) ? ExitCode.SOFTWARE : ExitCode.OK;
    }

    private static void addIfGiven(List<Param> params, String key, String value) {
        if (value != null) {
            params.add(new Param(key, value));
        }
    }
}
