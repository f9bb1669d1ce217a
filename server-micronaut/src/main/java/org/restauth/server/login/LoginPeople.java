package org.restauth.server.login;

import org.restauth.core.error.StoreUnavailableException;

import io.micronaut.context.exceptions.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.core.user.PersonDirectory;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.User;
import org.restauth.core.user.UserDirectory;
import org.restauth.format.users.UserFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts {@link People} together: the store's people through {@link PersonDirectory} (disabled ones refused), after
 * the read-only users file if one is configured, or the demo person in demo mode. Nobody is invented otherwise.
 */
final class LoginPeople {
    private static final Logger LOG = LoggerFactory.getLogger(LoginPeople.class);

    private LoginPeople() {
    }

    static People people(String usersFile, boolean demoMode, PersonStore store, Clock clock) {
        List<UserDirectory> directories = new ArrayList<>();
        Optional<DemoPerson> demo = Optional.empty();
        if (usersFile != null && !usersFile.isBlank()) {
            List<User> users = read(usersFile.trim());
            LOG.warn("restauth.users-file is read only and goes away in the next release: move its people into the"
                    + " store with `restauth user import {}`", usersFile.trim());
            directories.add(new InMemoryUserDirectory(users));
        } else if (demoMode) {
            demo = Optional.of(DemoPerson.create(new SecureRandom()));
            directories.add(InMemoryUserDirectory.of(demo.get().user()));
        } else {
            if (noPeopleYet(store)) {
                LOG.warn("No people yet: nobody can log in until one is added (`restauth user add`)."
                        + " restauth.demo=true makes a demo person for a first try.");
            }
        }
        directories.add(new PersonDirectory(store, clock, new SecureRandom()));
        return new People(firstOf(directories), demo);
    }

    private static List<User> read(String file) {
        try {
            return UserFile.read(Path.of(file));
        } catch (IOException | RuntimeException e) {
            // UserFile's messages name the file and the entry, never a password hash
            throw new ConfigurationException("restauth.users-file cannot be read: " + e.getMessage());
        }
    }

    /** The first directory that knows the credentials logs the person in; any that holds the uid lets it hold a session. */
    private static UserDirectory firstOf(List<UserDirectory> directories) {
        return new UserDirectory() {
            @Override
            public OptionalLong authenticate(String email, char[] password) {
                for (UserDirectory directory : directories) {
                    OptionalLong uid = directory.authenticate(email, password);
                    if (uid.isPresent()) {
                        return uid;
                    }
                }
                return OptionalLong.empty();
            }

            @Override
            public boolean mayHoldSession(long uid) {
                return directories.stream().anyMatch(directory -> directory.mayHoldSession(uid));
            }
        };
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
