package org.restauth.server.login;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.restauth.core.user.InMemoryUserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who logs in with no users file: the demo person in demo mode, nobody otherwise (and the log says so). */
final class DemoPeople {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPeople.class);

    private DemoPeople() {
    }

    static People people(boolean demoMode) {
        if (demoMode) {
            DemoPerson demo = DemoPerson.create(new SecureRandom());
            return new People(InMemoryUserDirectory.of(demo.user()), Optional.of(demo));
        }
        LOG.warn("No people configured: nobody can log in until one is added (`restauth user add`)."
                + " restauth.demo=true makes a demo person for a first try.");
        return new People(new InMemoryUserDirectory(List.of()), Optional.empty());
    }
}
