package org.restauth.server;

import io.micronaut.runtime.Micronaut;

/** Starts the HTTP server: {@code java -jar restauth-server.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // no banner: standard output carries only what an operator needs (the demo application's key)
        Micronaut.build(args).mainClass(Main.class).banner(false).start();
    }
}
