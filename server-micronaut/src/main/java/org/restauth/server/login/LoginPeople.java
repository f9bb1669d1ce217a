package org.restauth.server.login;

import org.restauth.core.error.StoreUnavailableException;

import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.restauth.core.user.FixedAndStoredPeople;
import org.restauth.core.user.PersonDirectory;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts {@link People} together: the store's people and, read only beside them, those of the users file if one is
 * configured, or the demo person in demo mode; all logged in through one {@link PersonDirectory} (disabled ones
 * refused) and served alike to the users.* methods and the consent and settings pages. Nobody is invented otherwise.
 */
final class LoginPeople {
    private static final Logger LOG = LoggerFactory.getLogger(LoginPeople.class);

    private LoginPeople() {
    }

    static People people(String usersFile, boolean demoMode, PersonStore store, Clock clock) {
        List<User> fixed = List.of();
        Optional<DemoPerson> demo = Optional.empty();
        String source = "";
        if (usersFile != null && !usersFile.isBlank()) {
            fixed = read(usersFile.trim());
            source = "restauth.users-file";
            LOG.warn("restauth.users-file is read only and goes away in the next release: move its people into the"
                    + " store with `restauth user import {}`", usersFile.trim());
        } else if (demoMode) {
            demo = Optional.of(DemoPerson.create(new SecureRandom()));
            fixed = List.of(demo.get().user());
            source = "restauth.demo";
        }
        FixedAndStoredPeople served = new FixedAndStoredPeople(fixed, clock.instant(), store);
        if (!fixed.isEmpty()) {
            refuseClashes(source, fixed, served);
        } else if (noPeopleYet(store)) {
            LOG.warn("No people yet: nobody can log in until one is added (`restauth user add`)."
                    + " restauth.demo=true makes a demo person for a first try.");
        }
        return new People(new PersonDirectory(served, clock, new SecureRandom()), served, demo);
    }

    private static List<User> read(String file) {
        try {
            return UserFile.read(Path.of(file));
        } catch (IOException | RuntimeException e) {
            // UserFile's messages name the file and the entry, never a password hash
            throw new ConfigurationException("restauth.users-file cannot be read: " + e.getMessage());
        }
    }

    /**
     * A fixed person sharing a uid or an email with another stored person would be served as neither: the start
     * stops, naming the first such entry. A store that does not answer now (Redis down) skips the check; every
     * read still refuses a clash.
     */
    private static void refuseClashes(String source, List<User> fixed, FixedAndStoredPeople served) {
        FixedAndStoredPeople.Overlap overlap;
        try {
            overlap = served.overlap();
        } catch (StoreUnavailableException e) {
            LOG.warn("{}: the store does not answer, so its people were not checked against the store's", source);
            return;
        }
        if (!overlap.clashes().isEmpty()) {
            FixedAndStoredPeople.Clash clash = overlap.clashes().get(0);
            int entry = fixed.indexOf(clash.fixed().user()) + 1;
            throw new ConfigurationException(source + ": entry " + entry + " (" + clash.fixed().email() + ", uid "
                    + clash.fixed().uid() + ") clashes with the stored person uid " + clash.stored().uid() + " ("
                    + clash.stored().email() + "): remove one of them, or give the entry that person's uid and email");
        }
        if (!overlap.imported().isEmpty()) {
            LOG.warn("{}: {} of its people are in the store too (imported), and are served from the store: remove"
                    + " {} from the configuration", source, overlap.imported().size(), source);
        }
    }

    /** False when the store cannot be asked at start (Redis down): the warning is then left out, the start goes on. */
    private static boolean noPeopleYet(PersonStore store) {
        try {
            return store.list().isEmpty();
        } catch (StoreUnavailableException e) {
            return false;
        }
    }
}
