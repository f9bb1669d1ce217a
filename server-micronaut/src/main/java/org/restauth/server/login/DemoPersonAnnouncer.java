package org.restauth.server.login;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;

/** Once the server listens, shows the demo person's email and password (only when one was created). */
@Singleton
public class DemoPersonAnnouncer {
    private final People people;

    public DemoPersonAnnouncer(People people) {
        this.people = people;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        people.demo().ifPresent(demo -> demo.announce(System.out, event.getSource().getURL()));
    }
}
