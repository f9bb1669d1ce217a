package org.restauth.server.login;

import java.util.Objects;
import java.util.Optional;
import org.restauth.core.user.UserDirectory;

/**
 * Who can log in: the people of the store, of a {@code restauth.users-file} (read only, for one more release),
 * and in demo mode a demo person.
 *
 * @param demo present only in demo mode with no users file
 */
public record People(UserDirectory directory, Optional<DemoPerson> demo) {
    public People {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(demo, "demo");
    }
}
