package org.restauth.server.config;

import org.restauth.core.error.StoreUnavailableException;

import java.util.List;
import java.util.Optional;
import org.restauth.core.app.Application;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The applications that may call: those of {@code restauth.apps.*} first, then those added at run time
 * ({@code restauth app add}), looked up in the store at each call so an added or removed one counts at once.
 * On an api key in both, the configured one wins: the operator's file is the stronger statement.
 */
final class ConfiguredThenStored implements ApplicationRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredThenStored.class);

    private final InMemoryApplicationRegistry configured;
    private final ApplicationStore stored;

    ConfiguredThenStored(List<Application> configured, ApplicationStore stored) {
        this.configured = new InMemoryApplicationRegistry(configured);
        this.stored = stored;
        warnOfClashes();
    }

    @Override
    public Optional<Application> find(String apiKey) {
        Optional<Application> app = configured.find(apiKey);
        return app.isPresent() ? app : stored.find(apiKey);
    }

    /** A store that cannot be reached at start (Redis down) is no reason not to start: no warning then. */
    private void warnOfClashes() {
        List<Application> added;
        try {
            added = stored.list();
        } catch (StoreUnavailableException e) {
            LOG.warn("The store did not answer at start: applications added at run time were not checked for api"
                    + " key clashes with the configured ones");
            return;
        }
        for (Application app : added) {
            configured.find(app.apiKey()).ifPresent(winner -> LOG.warn("The application \"{}\" added at run time"
                    + " has the api key of the configured application \"{}\": the configured one is used",
                    app.displayName(), winner.displayName()));
        }
    }
}
