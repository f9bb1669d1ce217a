package org.restauth.server;

import io.micronaut.runtime.Micronaut;

/** Starts the HTTP server: {@code java -jar restauth-server.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Micronaut.run(Main.class, args);
    }
}
