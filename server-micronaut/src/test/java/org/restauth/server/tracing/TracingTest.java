package org.restauth.server.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.hostile.Wire.KEY;
import static org.restauth.server.hostile.Wire.SECRET;
import static org.restauth.server.hostile.Wire.p;
import static org.restauth.server.hostile.Wire.signed;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.tracing.opentelemetry.instrument.http.server.OpenTelemetryServerFilter;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restauth.core.request.Param;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;
import org.restauth.server.hostile.Wire;
import org.slf4j.LoggerFactory;

/**
 * Tracing through Micronaut's OpenTelemetry module on a real server: on, an API call gives a server span with its
 * route and method, a probe none, and no span holds the secret, sig, auth_token or session key the calls carried;
 * off (the default), no tracer, no filter and no exporter thread exist.
 */
class TracingTest {
    private static final Pattern TOKEN = Pattern.compile(">([0-9a-f]{32})<");
    private static final Pattern SESSION_KEY = Pattern.compile("<session_key>([^<]+)</session_key>");

    @Test
    void on_apiCalls_serverSpansWithRouteAndMethodButNoCredential() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "restauth.tracing.enabled", "true", "otel.traces.exporter", "memory"), "apps")) {
            Wire wire = new Wire(server.getURI());
            List<Param> create = signed("auth.createToken");
            Matcher token = TOKEN.matcher(wire.get(create).body());
            assertTrue(token.find());
            Instant now = Instant.now();
            server.getApplicationContext().getBean(PersonStore.class).add(new Person(8055, "alice@example.com",
                    PasswordHash.create("pw".toCharArray(), new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS),
                    Profile.EMPTY, false, now, now));
            server.getApplicationContext().getBean(TokenStore.class).approve(token.group(1), KEY, 8055, now);
            List<Param> getSession = signed("auth.getSession", p("auth_token", token.group(1)));
            String answer = wire.get(getSession).body();
            Matcher session = SESSION_KEY.matcher(answer);
            assertTrue(session.find(), answer);
            List<Param> expire = signed("auth.expireSession", p("session_key", session.group(1)));
            assertTrue(wire.get(expire).body().contains(">1<"));
            assertEquals(200, wire.get("/health/liveness").status()); // excluded: probes make no span

            OpenTelemetrySdk sdk = (OpenTelemetrySdk) server.getApplicationContext().getBean(OpenTelemetry.class);
            assertTrue(sdk.getSdkTracerProvider().forceFlush().join(10, TimeUnit.SECONDS).isSuccess());
            List<SpanData> spans = MemoryExporterProvider.last().getFinishedSpanItems();

            List<String> secrets = new ArrayList<>(List.of(SECRET, token.group(1), session.group(1)));
            for (List<Param> call : List.of(create, getSession, expire)) {
                secrets.add(call.get(call.size() - 1).value()); // sig
            }
            assertEquals(3, spans.size(), spans.toString());
            SpanData first = spans.get(0);
            assertEquals("GET /restserver.php", first.getName());
            assertEquals("/restserver.php", first.getAttributes().get(AttributeKey.stringKey("http.route")));
            assertEquals("method=auth.createToken", first.getAttributes().get(AttributeKey.stringKey("url.query")));
            assertEquals(200L, first.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
            assertSdkLogsThroughLogback();
            for (SpanData span : spans) {
                String all = span.getName() + " " + span.getAttributes() + " " + span.getEvents() + " "
                        + span.getStatus() + " " + span.getResource().getAttributes();
                for (String secret : secrets) {
                    assertFalse(all.contains(secret), "a span holds a credential: " + all);
                }
            }
        }
    }

    /** The SDK's own java.util.logging lines reach logback (and so the JSON format when it is chosen). */
    private static void assertSdkLogsThroughLogback() {
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        Logger logger = (Logger) LoggerFactory.getLogger("io.opentelemetry.exporter.internal.http.HttpExporter");
        logger.addAppender(lines);
        try {
            java.util.logging.Logger.getLogger("io.opentelemetry.exporter.internal.http.HttpExporter")
                    .warning("Failed to export spans (a test line)");
        } finally {
            logger.detachAppender(lines);
        }
        assertEquals(List.of("Failed to export spans (a test line)"),
                lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Test
    void off_byDefault_noTracerNoFilterNoExporterThread() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1),
                "apps")) {
            assertEquals(200, new Wire(server.getURI()).get(signed("auth.createToken")).status());

            ApplicationContext context = server.getApplicationContext();
            assertFalse(context.containsBean(OpenTelemetry.class));
            assertFalse(context.containsBean(Tracer.class));
            assertFalse(context.containsBean(OpenTelemetryServerFilter.class));
            assertTrue(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                    .noneMatch(name -> name.contains("BatchSpanProcessor") || name.contains("OkHttp")),
                    "an exporter thread runs with tracing off");
        }
    }

    @Test
    void scrub_unlistedAttributesAndQueryValues_dropped() {
        io.opentelemetry.api.common.Attributes raw = io.opentelemetry.api.common.Attributes.builder()
                .put("url.query", "api_key=" + KEY + "&method=auth.getSession&auth_token=abc&sig=def")
                .put("url.path", "/restserver.php").put("http.route", "/restserver.php")
                .put("http.request.header.cookie", "restauth_session=s3cr3t")
                .put("http.request.method", "GET").build();

        io.opentelemetry.api.common.Attributes kept = ScrubbedSpans.attributes(raw);

        assertEquals(4, kept.size(), kept.toString());
        assertEquals("method=auth.getSession", kept.get(AttributeKey.stringKey("url.query")));
        assertEquals("GET", kept.get(AttributeKey.stringKey("http.request.method")));
        assertNotNull(kept.get(AttributeKey.stringKey("url.path")));
        assertFalse(kept.toString().contains("s3cr3t"));
    }
}
