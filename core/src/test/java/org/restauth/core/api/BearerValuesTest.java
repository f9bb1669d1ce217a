package org.restauth.core.api;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseOptions;
import org.restauth.core.session.SessionLookup;
import org.restauth.core.session.StoredSession;

/** What carries a token, session key, secret or sig never prints it: a log line or a message could leak it. */
class BearerValuesTest {
    private static final String TOKEN = "5f2b9a0c3d4e5f60718293a4b5c6d7e8";
    private static final String SESSION_KEY = "0a1b2c3d4e5f60718293a4b5-8055";
    private static final String SECRET = "ffeeddccbbaa99887766554433221100";
    private static final String SIG = "00112233445566778899aabbccddeeff";
    private static final List<String> BEARER = List.of(TOKEN, SESSION_KEY, SECRET, SIG);

    private static void assertNoBearerValue(Object printed) {
        String text = String.valueOf(printed);
        for (String value : BEARER) {
            assertFalse(text.contains(value), "printed a bearer value: " + text);
        }
    }

    @Test
    void toString_paramsResultsAndResponses_printNoBearerValue() {
        List<Param> args = List.of(new Param("auth_token", TOKEN), new Param("session_key", SESSION_KEY),
                new Param("ss", SECRET), new Param("sig", SIG));

        assertNoBearerValue(args);
        assertNoBearerValue(new ApiResult.Text(TOKEN));
        assertNoBearerValue(new ApiResult.SessionGrant(SESSION_KEY, 8055, 0, Optional.of(SECRET)));
        assertNoBearerValue(new ApiResponse("auth.getSession",
                new ApiResult.SessionGrant(SESSION_KEY, 8055, 0, Optional.of(SECRET)), ResponseOptions.DEFAULT, args));
    }

    @Test
    void toString_callContext_printsNoBearerValue() {
        StoredSession session = new StoredSession(ApiFixture.DESKTOP_KEY, 8055, 0, Optional.of(Secret.of(SECRET)));
        CallContext context = new CallContext(ApiRequest.of(List.of(new Param("sig", SIG))), ApiFixture.DESKTOP,
                Instant.EPOCH, SESSION_KEY, new SessionLookup.Live(session));

        assertNoBearerValue(context);
        assertNoBearerValue(new SessionLookup.Live(session));
    }
}
