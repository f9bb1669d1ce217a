package org.restauth.core.user;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A fixed set of people, looked up by email. */
public final class InMemoryUserDirectory implements UserDirectory {
    private final Map<String, User> byEmail;
    private final Set<Long> uids;
    /** Checked against when the email is unknown, so both failures cost one hash. */
    private final PasswordHash decoy;

    public InMemoryUserDirectory(Collection<User> users) {
        this.byEmail = users.stream().collect(Collectors.toUnmodifiableMap(User::email, Function.identity()));
        this.uids = users.stream().map(User::uid).collect(Collectors.toUnmodifiableSet());
        int iterations = users.stream().mapToInt(u -> u.passwordHash().iterations()).max()
                .orElse(PasswordHash.DEFAULT_ITERATIONS);
        this.decoy = PasswordHash.create("decoy".toCharArray(), new SecureRandom(), iterations);
    }

    public static InMemoryUserDirectory of(User... users) {
        return new InMemoryUserDirectory(List.of(users));
    }

    @Override
    public OptionalLong authenticate(String email, char[] password) {
        User user = email == null ? null : byEmail.get(User.normalizeEmail(email));
        if (user == null) {
            decoy.matches(password);
            return OptionalLong.empty();
        }
        return user.passwordHash().matches(password) ? OptionalLong.of(user.uid()) : OptionalLong.empty();
    }

    /** Everyone in the set may: it has no way to remove or disable anyone. Nobody else may. */
    @Override
    public boolean mayHoldSession(long uid, Instant approvedAt) {
        return uids.contains(uid);
    }

    public Collection<User> users() {
        return byEmail.values();
    }
}
