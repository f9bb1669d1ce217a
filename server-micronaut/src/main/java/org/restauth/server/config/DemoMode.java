package org.restauth.server.config;

import java.util.List;
import java.util.Optional;
import org.restauth.core.crypto.RandomValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server does with no application configured: in demo mode ({@code restauth.demo=true}) it makes a
 * demo application and prints its key and secret; otherwise it starts with none and says so in the log, since
 * applications can be added while it runs ({@code restauth app add}). It never invents one outside demo mode.
 */
final class DemoMode {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);

    private DemoMode() {
    }

    static ApplicationSetup applications(boolean demoMode, RandomValues random) {
        if (demoMode) {
            DemoApplication demo = DemoApplication.create(random);
            return new ApplicationSetup(List.of(demo.application()), Optional.of(demo));
        }
        LOG.warn("No application configured (restauth.apps.*): only applications added with `restauth app add`"
                + " can call. restauth.demo=true makes a demo application for a first try.");
        return new ApplicationSetup(List.of(), Optional.empty());
    }
}
