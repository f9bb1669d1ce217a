package org.restauth.server.login;

import java.io.PrintStream;
import java.net.URL;
import java.security.SecureRandom;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;

/**
 * The person created when no users file is configured, so that the login page works on a first start.
 * The password is random and exists only for this run.
 */
public final class DemoPerson {
    static final String EMAIL = "demo@example.com";
    static final long UID = 1000;
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 20;

    private final User user;
    private final String password;

    private DemoPerson(User user, String password) {
        this.user = user;
        this.password = password;
    }

    static DemoPerson create(SecureRandom random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        char[] chars = password.toString().toCharArray();
        User user = new User(EMAIL, UID, PasswordHash.create(chars, random, PasswordHash.DEFAULT_ITERATIONS));
        return new DemoPerson(user, password.toString());
    }

    public User user() {
        return user;
    }

    /**
     * Standard output, not the log, on purpose: the operator needs this password to try the login page, it
     * was made for this run only, and logs must never carry passwords.
     */
    public void announce(PrintStream out, URL server) {
        out.println("No people configured (restauth.users-file): created a demo person for this run.");
        out.println("  email:    " + user.email());
        out.println("  password: " + password);
        out.println("  uid:      " + user.uid());
        out.println("They log in at " + server + "/login.php?api_key=<api_key>&v=1.0&auth_token=<token>");
        out.flush();
    }

    @Override
    public String toString() {
        return "DemoPerson[" + user.email() + "]";
    }
}
