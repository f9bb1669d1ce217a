package org.restauth.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failure becomes an exit code: one line on err, never a stack trace. Messages come
 * from {@link CliFailure} (written never to hold a secret) or name the exception's type; an I/O
 * message is a path or a reason from the JDK. 1: the API (or server) answered an error, or anything else
 * failed; 2: usage (picocli's own); 3: the server could not be reached.
 */
final class ExitCodeMapper implements IExecutionExceptionHandler {
    static final int UNREACHABLE = 3;

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + oneLine(describe(failure)));
        command.getErr().flush();
        return failure instanceof UnreachableServer ? UNREACHABLE : ExitCode.SOFTWARE;
    }

    static String describe(Throwable failure) {
        if (failure instanceof CliFailure || failure instanceof UnreachableServer) {
            return failure.getMessage();
        }
        if (failure instanceof UncheckedIOException && failure.getCause() != null) {
            return describe(failure.getCause());
        }
        String type = failure instanceof IOException ? "I/O error (" + failure.getClass().getSimpleName() + ")"
                : "unexpected error (" + failure.getClass().getSimpleName() + ")";
        return failure.getMessage() == null ? type : type + ": " + failure.getMessage();
    }

    private static String oneLine(String message) {
        return message.replaceAll("[\\r\\n]+", " ").strip();
    }
}
