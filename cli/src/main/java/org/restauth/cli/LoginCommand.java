package org.restauth.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
 * consumes the token, approved or not (PROTOCOL.md section 5).
 */
@Command(name = "login", mixinStandardHelpOptions = true,
        description = {"Run the desktop login flow: create a token, print the login URL, wait for Enter,"
                + " get the session.",
                "The session is asked for once, after Enter: an earlier auth.getSession would burn the token."})
final class LoginCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @ParentCommand
    private Main main;

    @Option(names = "--url", paramLabel = "BASE", defaultValue = "http://127.0.0.1:8080",
            description = "Server base URL (default: ${DEFAULT-VALUE}).")
    private String base;

    @Mixin
    private AppCredentials app;

    @Option(names = "--no-wait", description = "Print the login URL and the token, then stop (exchange the token"
            + " later with: restauth call auth.getSession auth_token=TOKEN ...).")
    private boolean noWait;

    @Override
    public Integer call() throws IOException {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        LoginCalls calls = new LoginCalls(URI.create(root + "/restserver.php"), app.apiKey, app.secret);
        PrintWriter out = spec.commandLine().getOut();
        String token = calls.createToken();
        out.println("Log in and allow the application at:");
        out.println(root + "/login.php?api_key=" + URLEncoder.encode(app.apiKey, StandardCharsets.UTF_8)
                + "&v=1.0&auth_token=" + token);
        out.flush();
        if (noWait) {
            out.println("auth_token: " + token);
            out.flush();
            return ExitCode.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("Press Enter when you have logged in and allowed the application.");
        err.flush();
        main.terminal().readLine();
        printSession(out, calls.getSession(token));
        return ExitCode.OK;
    }

    private static void printSession(PrintWriter out, JsonNode session) {
        out.println("session_key: " + session.path("session_key").asText());
        out.println("uid: " + session.path("uid").asText());
        out.println("expires: " + session.path("expires").asText());
        if (session.hasNonNull("secret")) {
            out.println("secret: " + session.path("secret").asText());
        }
        out.flush();
    }
}
