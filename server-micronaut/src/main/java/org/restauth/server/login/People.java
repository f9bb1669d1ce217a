package org.restauth.server.login;

import java.util.Objects;
import java.util.Optional;
import org.restauth.core.user.UserDirectory;

/**
 * Who can log in: the people of {@code restauth.users-file}, or a demo person when no file is configured.
 *
 * @param demo present only when no users file was configured
 */
public record People(UserDirectory directory, Optional<DemoPerson> demo) {
    public People {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(demo, "demo");
    }
}
