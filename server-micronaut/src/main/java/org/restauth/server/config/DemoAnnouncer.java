package org.restauth.server.config;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/** Once the server listens, shows the demo application's key and secret (only when one was created). */
@Singleton
public class DemoAnnouncer {
    private final ApplicationSetup setup;

    public DemoAnnouncer(ApplicationSetup setup) {
        this.setup = setup;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        setup.demo().ifPresent(demo -> demo.announce(System.out, event.getSource().getURL()));
    }
}
