package org.restauth.core.session;

import java.util.Objects;

/** The answer of a session look-up: found and live, found but past its expiry, or not known. */
public sealed interface SessionLookup {

    record Live(StoredSession session) implements SessionLookup {
        public Live {
            Objects.requireNonNull(session, "session");
        }
    }

    record Expired(String apiKey) implements SessionLookup {
    }

    record Unknown() implements SessionLookup {
    }

    SessionLookup UNKNOWN = new Unknown();
}
