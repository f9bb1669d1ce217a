package org.restauth.server.login;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.restauth.core.login.LoginThrottle;
import org.restauth.core.user.User;

/**
 * The consent and settings pages' own login (email and password, the login page's failure counters) and their
 * CSRF check: a hidden field holding the CSRF guard's HMAC of the person's session key, and our own Origin.
 */
@Singleton
final class PersonLogin {
    private final People people;
    private final LoginThrottle throttle;
    private final CsrfGuard csrf;
    private final Clock clock;

    PersonLogin(People people, LoginThrottle throttle, CsrfGuard csrf, Clock clock) {
        this.people = people;
        this.throttle = throttle;
        this.csrf = csrf;
        this.clock = clock;
    }

    /** The uid for these credentials; empty if wrong or past the attempt limits. */
    OptionalLong authenticate(String email, String password, String clientAddress) {
        Instant now = clock.instant();
        String normalized = email == null ? "" : User.normalizeEmail(email);
        String address = clientAddress == null ? "" : clientAddress;
        if (throttle.lockedUntil(normalized, address, now).isPresent()) {
            return OptionalLong.empty();
        }
        OptionalLong uid = people.directory().authenticate(normalized,
                password == null ? new char[0] : password.toCharArray());
        if (uid.isEmpty()) {
            throttle.failed(normalized, address, now);
        } else {
            throttle.succeeded(normalized);
        }
        return uid;
    }

    /** The hidden field's value for forms of this person session. */
    String formToken(String personKey) {
        return csrf.cookieFor(bound(personKey)).value();
    }

    /** Does the POST carry this session's form token, from our own origin? */
    boolean allows(HttpRequest<?> request, String personKey, String field) {
        if (personKey == null || field == null) {
            return false;
        }
        CsrfGuard.FormCookie expected = csrf.cookieFor(bound(personKey));
        return csrf.allows(submission(request, Map.of(expected.name(), field)), bound(personKey));
    }

    /** The login form has no session yet: only the Origin (or Referer) is checked. */
    boolean sameOrigin(HttpRequest<?> request) {
        String probe = "login-form";
        CsrfGuard.FormCookie expected = csrf.cookieFor(probe);
        return csrf.allows(submission(request, Map.of(expected.name(), expected.value())), probe);
    }

    private static CsrfGuard.Submission submission(HttpRequest<?> request, Map<String, String> cookies) {
        return new CsrfGuard.Submission(cookies, request.getHeaders().get(HttpHeaders.ORIGIN),
                request.getHeaders().get(HttpHeaders.REFERER), request.isSecure(),
                request.getHeaders().get(HttpHeaders.HOST));
    }

    private static String bound(String personKey) {
        return "person-form:" + personKey;
    }
}
