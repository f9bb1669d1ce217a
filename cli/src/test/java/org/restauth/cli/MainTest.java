package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MainTest {

    static List<List<String>> helpCases() {
        return List.of(
                List.of("restauth", "token call sign app user login"),
                List.of("token", "--api-key --secret --format --callback"),
                List.of("call", "METHOD KEY=VALUE --server --api-key --secret --session-key --session-secret --format"
                        + " --callback --get"),
                List.of("sign", "KEY=VALUE --secret"),
                List.of("app", "add list remove new"),
                List.of("app new", "--type --callback-url --name"),
                List.of("app add", "--name --type --callback-url --config"),
                List.of("app list", "--json --config"),
                List.of("app remove", "--api-key --config"),
                List.of("user", "add passwd disable enable remove list import"),
                List.of("user add", "--email --uid --name --config"),
                List.of("user passwd", "--email --config"),
                List.of("user disable", "--email --config"),
                List.of("user enable", "--email --config"),
                List.of("user list", "--json --config"),
                List.of("user remove", "--email --config"),
                List.of("user import", "FILE --config"),
                List.of("login", "--server --api-key --secret-file --secret --no-wait --json"),
                List.of("completion", "SHELL bash zsh"));
    }

    @ParameterizedTest
    @MethodSource("helpCases")
    void help_eachCommand_exits0AndMentionsItsOptions(List<String> testCase) {
        String command = testCase.get(0).equals("restauth") ? "" : testCase.get(0) + " ";
        CliRun run = CliRun.run((command + "--help").split(" "));

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Usage: restauth " + command), run.out());
        for (String word : testCase.get(1).split(" ")) {
            assertTrue(run.out().contains(word), word + " missing from: " + run.out());
        }
        assertTrue(run.out().contains("--help") && run.out().contains("--version"), run.out());
    }

    @Test
    void version_printsProjectVersion() {
        CliRun run = CliRun.run("--version");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("restauth \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.out());
    }

    @Test
    void noCommand_isUsageErrorListingCommands() {
        CliRun run = CliRun.run();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Missing a command"), run.err());
        assertTrue(run.err().contains("login"), run.err());
    }

    @Test
    void unknownCommand_isUsageError() {
        CliRun run = CliRun.run("frobnicate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unmatched argument at index 0: 'frobnicate'"), run.err());
    }
}
