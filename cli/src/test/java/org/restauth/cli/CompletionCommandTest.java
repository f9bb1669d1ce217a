package org.restauth.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code restauth completion bash}: a script bash accepts, and that completes like the real commands. */
class CompletionCommandTest {
    @TempDir
    Path dir;

    @Test
    void completionBash_scriptPassesBashSyntaxCheck() throws Exception {
        Path script = script("bash");

        Result check = bash("-n", script.toString());

        assertEquals(0, check.code(), check.out());
    }

    @Test
    void completionBash_sourced_completesUsToUser() throws Exception {
        Path script = script("bash");

        Result completed = bash("-c", "source '" + script + "'; COMP_WORDS=(restauth us); COMP_CWORD=1;"
                + " COMP_LINE='restauth us'; COMP_POINT=11; $(complete -p restauth | sed 's/.*-F \\([^ ]*\\).*/\\1/');"
                + " echo \"${COMPREPLY[*]}\"");

        assertEquals(0, completed.code(), completed.out());
        assertEquals("user", completed.out().strip());
    }

    @Test
    void completionZsh_sameScriptWithZshSupport() throws Exception {
        assertTrue(Files.readString(script("zsh")).contains("bashcompinit"));
    }

    @Test
    void completion_unknownShell_usageError() {
        assertEquals(2, CliRun.run("completion", "fish").exitCode());
    }

    private Path script(String shell) throws IOException {
        CliRun run = CliRun.run("completion", shell);
        assertEquals(0, run.exitCode(), run.err());
        return Files.writeString(dir.resolve("restauth-completion." + shell), run.out());
    }

    private record Result(int code, String out) {
    }

    private static Result bash(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return new Result(process.exitValue(), out);
    }
}
