package org.restauth.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;
import org.restauth.core.api.RestApi;
import org.restauth.core.app.Application;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.format.RenderedResponse;
import org.restauth.format.ResponseRenderer;
import org.restauth.server.api.ApiEndpoint;
import org.restauth.server.metrics.ApiMetrics;
import org.restauth.server.metrics.CallRecorder;
import org.restauth.server.api.RequestParameters;
import org.restauth.server.store.ApiCalls;

/**
 * Any call, read and answered exactly as the server does (raw query and body in, rendered bytes out),
 * without the HTTP layer, so that many cases run fast: always a parseable, script-safe answer, and no
 * state change on any error.
 */
class ApiEndpointPropertyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1262304000L), ZoneOffset.UTC);
    private static final InMemoryTokenStore TOKENS = new InMemoryTokenStore(TokenPolicy.DEFAULT);
    private static final InMemorySessionStore SESSIONS = new InMemorySessionStore(SessionPolicy.DEFAULT);
    private static final Application APP = Application.desktop(Wire.KEY, Secret.of(Wire.SECRET), "vector");
    private static final Stores STORES =
            Stores.inMemory(InMemoryApplicationRegistry.of(APP)).withTokens(TOKENS).withSessions(SESSIONS);
    private static final ApiEndpoint ENDPOINT = endpoint();

    private static ApiEndpoint endpoint() {
        RestApi api = RestApi.builder().stores(STORES).clock(CLOCK).build();
        CallRecorder recorder = new CallRecorder(new ApiMetrics(new SimpleMeterRegistry()));
        return new ApiEndpoint(new RequestParameters(1000, 65_536), api, new ResponseRenderer(), recorder,
                ApiCalls.forStores(STORES, 1, 1));
    }

    @Provide
    Arbitrary<GeneratedCall> calls() {
        return HostileArbitraries.calls();
    }

    @Property(tries = 60_000, edgeCases = EdgeCasesMode.NONE)
    void anyCall_answersParseableScriptSafeAndChangesNothingOnError(@ForAll("calls") GeneratedCall call) {
        long tokensBefore = TOKENS.liveCount(CLOCK.instant());
        long sessionsBefore = SESSIONS.liveCount(CLOCK.instant());

        RenderedResponse answer =
                ENDPOINT.answer(null, call.target(), call.contentType(), call.body(), "192.0.2.1", "test").join();

        boolean error = AnswerCheck.isError(call, 200, answer.contentType(), answer.body());
        Statistics.label("answer").collect(error ? "error" : "ok");
        if (error) {
            assertEquals(tokensBefore, TOKENS.liveCount(CLOCK.instant()), "an error created or used a token");
            assertEquals(sessionsBefore, SESSIONS.liveCount(CLOCK.instant()), "an error changed the sessions");
        }
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.randomValue(r -> {
            byte[] bytes = new byte[r.nextInt(300)];
            r.nextBytes(bytes);
            return bytes;
        });
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(Wire.FORM, "multipart/form-data; boundary=" + GeneratedCall.BOUNDARY,
                "multipart/form-data", "text/plain", "application/json");
    }

    @Property(tries = 30_000, edgeCases = EdgeCasesMode.NONE)
    void rawBytes_inQueryAndBody_answerParseableXmlOrJson(@ForAll("garbage") byte[] query, @ForAll("garbage") byte[] body,
                                                          @ForAll("contentTypes") String contentType) {
        String target = "/restserver.php?" + new String(query, StandardCharsets.ISO_8859_1).replace("#", "");
        GeneratedCall unknown = new GeneratedCall(List.of(), GeneratedCall.Transport.QUERY, "raw");

        RenderedResponse answer = ENDPOINT.answer(null, target, contentType, body, null, "test").join();

        AnswerCheck.isError(unknown, 200, answer.contentType(), answer.body());
    }
}
