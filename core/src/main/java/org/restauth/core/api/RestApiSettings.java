package org.restauth.core.api;

import java.time.Clock;
import java.util.Objects;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.request.InputRules;
import org.restauth.core.session.SessionStore;

/** What the dispatcher itself needs, besides the methods. */
record RestApiSettings(ApplicationRegistry applications, SessionStore sessions, RateLimiter applicationLimiter,
                       RateLimiter addressLimiter, int maxParams, InputRules inputRules, Clock clock,
                       AuthEvents events) {
    RestApiSettings {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(addressLimiter, "addressLimiter");
        Objects.requireNonNull(inputRules, "inputRules");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(applicationLimiter, "applicationLimiter");
        Objects.requireNonNull(clock, "clock");
        if (maxParams < 1) {
            throw new IllegalArgumentException("maxParams must be at least 1");
        }
    }
}
