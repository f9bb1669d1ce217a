package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;

/** What the API announces: one event per thing that happened, naming the application by api key only. */
class RestApiEventsTest {
    private final Recorded events = new Recorded();

    @Test
    void createToken_issued_announcesTokenIssued() {
        ApiFixture fx = ApiFixture.builder().events(events).build();

        fx.createToken(ApiFixture.DESKTOP);

        assertEquals(List.of("issued " + ApiFixture.DESKTOP_KEY), events.seen);
    }

    @Test
    void getSessionThenExpireSession_announcesExchangedThenOneSessionEnded() {
        ApiFixture fx = ApiFixture.builder().events(events).build();
        ApiResult.SessionGrant grant = fx.session(ApiFixture.DESKTOP);

        fx.call("auth.expireSession").param("session_key", grant.sessionKey()).send();

        assertEquals(List.of("issued " + ApiFixture.DESKTOP_KEY, "exchanged " + ApiFixture.DESKTOP_KEY,
                "ended 1 " + ApiFixture.DESKTOP_KEY), events.seen);
    }

    @Test
    void createToken_rateLimitReached_announcesTheRefusalOnly() {
        ApiFixture fx = ApiFixture.builder().events(events)
                .applicationLimiter(new InMemoryRateLimiter(new RateLimit(1, 0.001))).build();
        fx.call("auth.createToken").send();

        fx.call("auth.createToken").send();

        assertEquals(List.of("issued " + ApiFixture.DESKTOP_KEY, "refused " + ApiFixture.DESKTOP_KEY), events.seen);
    }

    @Test
    void createToken_badSignature_announcesNothing() {
        ApiFixture fx = ApiFixture.builder().events(events).build();

        fx.call("auth.createToken").unsigned().send();

        assertEquals(List.of(), events.seen);
    }

    private static final class Recorded implements AuthEvents {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void tokenIssued(String apiKey) {
            seen.add("issued " + apiKey);
        }

        @Override
        public void tokenExchanged(String apiKey) {
            seen.add("exchanged " + apiKey);
        }

        @Override
        public void sessionsEnded(String apiKey, int count) {
            seen.add("ended " + count + " " + apiKey);
        }

        @Override
        public void refusedByLimit(String apiKey) {
            seen.add("refused " + apiKey);
        }
    }
}
