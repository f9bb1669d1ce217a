package org.restauth.server.login;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.SessionStore;
import org.restauth.core.session.StoredSession;

/**
 * A person logged in to this server itself (the consent and settings pages), so that a later permission prompt
 * does not ask for the password again. Kept in the session store under an api key no application can have, so
 * every node sees it; the cookie {@code restauth_person} holds the random key: HttpOnly, SameSite=Lax, Secure on
 * HTTPS, {@link #LIFETIME} long.
 */
@Singleton
final class PersonSessions {
    static final String COOKIE = "restauth_person";
    /** Long enough for a sitting, short enough that a shared computer forgets the person the same day. */
    static final Duration LIFETIME = Duration.ofHours(12);
    /** Not 32 hex digits, and with a character configuration refuses: never an application's key. */
    static final String OWNER = "restauth:person";

    private final SessionStore sessions;
    private final RandomValues random;
    private final Clock clock;

    PersonSessions(SessionStore sessions, RandomValues random, Clock clock) {
        this.sessions = sessions;
        this.random = random;
        this.clock = clock;
    }

    /** Starts a session for the person; its key, or empty if the store refused it. */
    Optional<String> start(long uid) {
        String key = random.hex(24);
        Instant now = clock.instant();
        long expires = now.plus(LIFETIME).getEpochSecond();
        boolean created = sessions.create(key, new StoredSession(OWNER, uid, expires, Optional.empty()), now);
        return created ? Optional.of(key) : Optional.empty();
    }

    /** The cookie of a session {@link #start} made. */
    void setCookie(String key, HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.cookie(Cookie.of(COOKIE, key).path("/").maxAge(LIFETIME.toSeconds()).httpOnly(true)
                .sameSite(SameSite.Lax).secure(request.isSecure()));
    }

    /** The uid of a session key, if live. */
    OptionalLong uidOf(String key) {
        SessionLookup found = sessions.find(key, clock.instant());
        return found instanceof SessionLookup.Live live && live.session().apiKey().equals(OWNER)
                ? OptionalLong.of(live.session().uid()) : OptionalLong.empty();
    }

    /** The logged-in person's uid, if the cookie names a live person session. */
    OptionalLong uid(HttpRequest<?> request) {
        return key(request).map(this::uidOf).orElse(OptionalLong.empty());
    }

    /** The cookie's value: what the pages' CSRF tokens are bound to. */
    Optional<String> key(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(v -> v.matches("[0-9a-f]{48}"));
    }

    void end(HttpRequest<?> request, MutableHttpResponse<?> response) {
        key(request).ifPresent(sessions::remove);
        response.cookie(Cookie.of(COOKIE, "").path("/").maxAge(0).httpOnly(true).sameSite(SameSite.Lax)
                .secure(request.isSecure()));
    }
}
