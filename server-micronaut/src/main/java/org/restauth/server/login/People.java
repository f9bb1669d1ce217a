package org.restauth.server.login;

import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.restauth.core.user.UserDirectory;

/**
 * Who can log in: the people of the store, of a {@code restauth.users-file} (read only, for one more release),
 * and in demo mode a demo person.
 *
 * @param demo present only in demo mode with no users file
 * @param active true for a uid who may still hold a session: known and not disabled (auth.getSession asks)
 */
public record People(UserDirectory directory, Optional<DemoPerson> demo, LongPredicate active) {
    public People {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(demo, "demo");
        Objects.requireNonNull(active, "active");
    }
}
