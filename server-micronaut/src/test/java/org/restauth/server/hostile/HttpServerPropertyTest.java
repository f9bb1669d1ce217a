package org.restauth.server.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Clock;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.TokenStore;

/**
 * The same hostile calls through the real server (Netty, routing, body buffering, rendering, headers):
 * never a 5xx, always a parseable and script-safe body, and no store change on an error. The rate limits
 * are off here so that the success paths stay reachable at this pace; they have tests of their own.
 */
class HttpServerPropertyTest {
    private static EmbeddedServer server;
    private static Wire wire;
    private static TokenStore tokens;
    private static SessionStore sessions;
    private static Clock clock;

    @BeforeContainer
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "restauth.api.rate-limit.enabled", false, "restauth.api.address-rate-limit.enabled", false), "apps");
        wire = new Wire(server.getURI());
        tokens = server.getApplicationContext().getBean(TokenStore.class);
        sessions = server.getApplicationContext().getBean(SessionStore.class);
        clock = server.getApplicationContext().getBean(Clock.class);
    }

    @AfterContainer
    static void stop() {
        server.getApplicationContext().close();
    }

    @Provide
    Arbitrary<GeneratedCall> calls() {
        return HostileArbitraries.calls();
    }

    @Property(tries = 12_000, edgeCases = EdgeCasesMode.NONE)
    void anyCall_overHttp_answersParseableScriptSafeAndChangesNothingOnError(@ForAll("calls") GeneratedCall call) {
        long tokensBefore = tokens.liveCount(clock.instant());
        long sessionsBefore = sessions.liveCount(clock.instant());

        Wire.Answer answer = call.transport() == GeneratedCall.Transport.QUERY
                ? wire.get(call.target())
                : wire.post(call.target(), call.contentType(), call.body());

        boolean error = AnswerCheck.isError(call, answer.status(), answer.contentType(), answer.bytes());
        Statistics.label("answer").collect(answer.status() + (error ? " error" : " ok"));
        if (error) {
            assertEquals(tokensBefore, tokens.liveCount(clock.instant()), "an error created or used a token");
            assertEquals(sessionsBefore, sessions.liveCount(clock.instant()), "an error changed the sessions");
        }
    }
}
