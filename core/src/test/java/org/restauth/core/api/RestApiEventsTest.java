package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.restauth.core.event.AuthEvents;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.token.TokenState;

/**
 * What the API and the login service beside it announce: one event per thing that happened, naming the
 * application by api key only.
 */
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

        assertEquals(List.of("issued " + ApiFixture.DESKTOP_KEY, "approved " + ApiFixture.DESKTOP_KEY,
                "login approved " + ApiFixture.DESKTOP_KEY, "exchanged " + ApiFixture.DESKTOP_KEY,
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

    @Test
    void login_wrongPasswordThenRight_announcesTheRefusalThenOneApproval() {
        ApiFixture fx = ApiFixture.builder().events(events).build();
        String token = fx.createToken(ApiFixture.DESKTOP);

        fx.login.approve(ApiFixture.DESKTOP_KEY, token, ApiFixture.EMAIL, "wrong".toCharArray(), "192.0.2.1");
        fx.login.approve(ApiFixture.DESKTOP_KEY, token, ApiFixture.EMAIL, ApiFixture.PASSWORD.toCharArray(),
                "192.0.2.1");

        assertEquals(List.of("issued " + ApiFixture.DESKTOP_KEY, "login bad_credentials " + ApiFixture.DESKTOP_KEY,
                "approved " + ApiFixture.DESKTOP_KEY, "login approved " + ApiFixture.DESKTOP_KEY), events.seen);
    }

    @Test
    void login_unknownApplication_announcesItWithoutTheCallersKey() {
        ApiFixture fx = ApiFixture.builder().events(events).build();

        fx.login.approve("not-a-key-anyone-has", "token", ApiFixture.EMAIL, ApiFixture.PASSWORD.toCharArray(), "");

        assertEquals(List.of("login unknown_application null"), events.seen);
    }

    @Test
    void login_cancel_announcesCancelledAndApprovesNothing() {
        ApiFixture fx = ApiFixture.builder().events(events).build();
        String token = fx.createToken(ApiFixture.DESKTOP);

        assertEquals(ApiFixture.DESKTOP, fx.login.cancel(ApiFixture.DESKTOP_KEY).orElseThrow());

        assertEquals(List.of("issued " + ApiFixture.DESKTOP_KEY, "login cancelled " + ApiFixture.DESKTOP_KEY),
                events.seen);
        assertEquals(TokenState.ISSUED,
                fx.tokens.peek(token, fx.clock.instant()).orElseThrow().state());
    }

    private static final class Recorded implements AuthEvents {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void tokenIssued(String apiKey) {
            seen.add("issued " + apiKey);
        }

        @Override
        public void tokenApproved(String apiKey) {
            seen.add("approved " + apiKey);
        }

        @Override
        public void loginOutcome(String apiKey, String outcome) {
            seen.add("login " + outcome + " " + apiKey);
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
