package org.restauth.server;

import org.restauth.server.metrics.LogFormat;

/** Starts the HTTP server: {@code java -jar restauth-server.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LogFormat.select(); // before the first log line: logback.xml reads it
        // no banner: standard output carries only what an operator needs (in demo mode, the demo credentials)
        new Launcher().args(args).mainClass(Main.class).banner(false).start();
    }
}
