package org.restauth.format.users;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.core.user.UserDirectory;

/**
 * The people of a users file, read once when loaded (the server's {@code restauth.users-file}).
 * Changes to the file need a new instance, i.e. a restart.
 */
public final class UserFileDirectory implements UserDirectory {
    private final InMemoryUserDirectory users;

    private UserFileDirectory(InMemoryUserDirectory users) {
        this.users = users;
    }

    /** Reads the file now; a missing or invalid file is an error, not an empty directory. */
    public static UserFileDirectory load(Path file) throws IOException {
        return new UserFileDirectory(new InMemoryUserDirectory(UserFile.read(file)));
    }

    @Override
    public OptionalLong authenticate(String email, char[] password) {
        return users.authenticate(email, password);
    }

    /** The people of the file. */
    public java.util.Collection<org.restauth.core.user.User> users() {
        return users.users();
    }

    /** How many people can log in. */
    public int size() {
        return users.users().size();
    }
}
