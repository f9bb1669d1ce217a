package org.restauth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The desktop flow as old desktop clients ran it: create a token, send the person to login.php, wait for
 * them to say they are done, then ask for the session once. Nothing polls: the first auth.getSession
 * consumes the token, approved or not (docs/protocol.md §5).
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Run the desktop login flow: create a token, print the login URL, wait for Enter,"
                + " get the session.",
                "The session is asked for once, after Enter: an earlier auth.getSession would burn the token."})
final class LoginCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Mixin
    private ServerOption server;

    /** Deprecated: the base URL, now {@code --server}. */
    @Option(names = "--url", hidden = true)
    private String legacyBase;

    @Mixin
    private AppCredentials app;

    @Option(names = "--json", description = "Print the result as one JSON object on standard output (the"
            + " instructions go to standard error).")
    private boolean json;

    @Option(names = "--no-wait", description = "Print the login URL and the token, then stop (exchange the token"
            + " later with: restauth call auth.getSession auth_token=TOKEN ...).")
    private boolean noWait;

    @Override
    public Integer call() throws IOException {
        String root = server.base(legacyBase);
        LoginCalls calls = new LoginCalls(URI.create(root + "/restserver.php"), app.apiKey, app.secret());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter told = json ? err : out;
        String token = calls.createToken();
        String url = root + "/login.php?api_key=" + URLEncoder.encode(app.apiKey, StandardCharsets.UTF_8)
                + "&v=1.0&auth_token=" + token;
        told.println("Log in and allow the application at:");
        told.println(url);
        told.flush();
        if (noWait) {
            print(out, json ? JSON.createObjectNode().put("login_url", url).put("auth_token", token)
                    : JSON.createObjectNode().put("auth_token", token));
            return ExitCode.OK;
        }
        err.println("Press Enter when you have logged in and allowed the application.");
        err.flush();
        main.terminal().readLine();
        print(out, calls.getSession(token));
        return ExitCode.OK;
    }

    /** Each field on a {@code key: value} line, or the whole object as one line of JSON with {@code --json}. */
    private void print(PrintWriter out, JsonNode result) throws IOException {
        if (json) {
            out.println(JSON.writeValueAsString(result));
        } else {
            result.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    out.println(field.getKey() + ": " + field.getValue().asText());
                }
            });
        }
        out.flush();
    }

}
