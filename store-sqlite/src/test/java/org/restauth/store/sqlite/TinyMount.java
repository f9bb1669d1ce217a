package org.restauth.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for one test (needs root and mount rights; {@link #tryMount} answers null where there are
 * none, and the test is skipped with that reason).
 */
final class TinyMount implements AutoCloseable {
    private final Path dir;

    private TinyMount(Path dir) {
        this.dir = dir;
    }

    static TinyMount tryMount(String size) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("restauth-tmpfs-");
        if (run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", dir.toString())) {
            return new TinyMount(dir);
        }
        Files.delete(dir);
        return null;
    }

    Path dir() {
        return dir;
    }

    boolean remountReadOnly() throws IOException, InterruptedException {
        return run("mount", "-o", "remount,ro", dir.toString());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", dir.toString());
        Files.deleteIfExists(dir);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
