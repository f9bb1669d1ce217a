package org.restauth.core.login;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.limit.FailureCounter;

/**
 * Who may try a password now. Only failures count, per email (the account: a guesser of one password) and
 * per client address (a script trying many emails); a success clears the email's count, never the
 * address's (a guesser's own account must not reset its budget).
 */
public final class LoginThrottle {
    /** Never refuses. */
    public static final LoginThrottle NONE = new LoginThrottle(FailureCounter.NEVER, FailureCounter.NEVER);

    private final FailureCounter emails;
    private final FailureCounter addresses;

    /** @param emails keyed by the normalized email; @param addresses keyed by the client address */
    public LoginThrottle(FailureCounter emails, FailureCounter addresses) {
        this.emails = Objects.requireNonNull(emails, "emails");
        this.addresses = Objects.requireNonNull(addresses, "addresses");
    }

    /** The later of the two locks' ends, if either the email or the address is locked now. */
    public Optional<Instant> lockedUntil(String email, String address, Instant now) {
        Optional<Instant> byEmail = emails.lockedUntil(email, now);
        Optional<Instant> byAddress = addresses.lockedUntil(address, now);
        if (byEmail.isPresent() && byAddress.isPresent()) {
            return byEmail.get().isAfter(byAddress.get()) ? byEmail : byAddress;
        }
        return byEmail.isPresent() ? byEmail : byAddress;
    }

    public void failed(String email, String address, Instant now) {
        emails.recordFailure(email, now);
        addresses.recordFailure(address, now);
    }

    public void succeeded(String email) {
        emails.clear(email);
    }
}
