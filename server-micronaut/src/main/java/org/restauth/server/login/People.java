package org.restauth.server.login;

import java.util.Objects;
import java.util.Optional;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.UserDirectory;

/**
 * Who can log in, and who the users.* methods and the person's pages know: the people of the store, of a
 * {@code restauth.users-file} (read only, for one more release), and in demo mode a demo person.
 *
 * @param served everyone of them, for reading; writes reach only the store's people
 * @param demo present only in demo mode with no users file
 */
public record People(UserDirectory directory, PersonStore served, Optional<DemoPerson> demo) {
    public People {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(served, "served");
        Objects.requireNonNull(demo, "demo");
    }
}
