package org.restauth.server.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.DelegatingSpanData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.data.StatusData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every exporter's spans, scrubbed first. The query string and the form carry api secrets' signatures, tokens and
 * session keys, headers carry the login cookie: so only attributes on a fixed list leave the process (fail
 * closed: a new attribute of a newer instrumentation is dropped until it is listed); {@code url.query} keeps only
 * the API method's name, {@code url.path} becomes the route (a path that matched none is dropped), and events
 * (exception messages) and the status description go.
 */
final class ScrubbedSpans implements SpanExporter {
    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
    private static final Set<String> KEPT = Set.of("http.request.method", "http.request.method_original",
            "http.response.status_code", "http.route", "url.scheme", "server.address", "server.port", "client.address",
            "network.peer.address", "network.peer.port", "network.protocol.name", "network.protocol.version",
            "network.transport", "network.type", "user_agent.original", "error.type");
    private static final Pattern METHOD = Pattern.compile("(?:^|&)method=([A-Za-z]{1,32}(?:\\.[A-Za-z]{1,32}){1,3})(?:&|$)");

    private final SpanExporter exporter;

    ScrubbedSpans(SpanExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return exporter.export(spans.stream().map(ScrubbedSpans::scrub).toList());
    }

    static SpanData scrub(SpanData span) {
        Attributes attributes = attributes(span.getAttributes());
        StatusData status = StatusData.create(span.getStatus().getStatusCode(), "");
        return new DelegatingSpanData(span) {
            @Override
            public Attributes getAttributes() {
                return attributes;
            }

            @Override
            public int getTotalAttributeCount() {
                return attributes.size();
            }

            @Override
            public List<EventData> getEvents() {
                return List.of();
            }

            @Override
            public int getTotalRecordedEvents() {
                return 0;
            }

            @Override
            public StatusData getStatus() {
                return status;
            }
        };
    }

    static Attributes attributes(Attributes raw) {
        AttributesBuilder kept = Attributes.builder();
        raw.forEach((key, value) -> {
            if (KEPT.contains(key.getKey())) {
                putRaw(kept, key, value);
            }
        });
        String route = raw.get(HTTP_ROUTE);
        if (route != null) {
            kept.put(URL_PATH, route);
        }
        String query = raw.get(URL_QUERY);
        if (query != null) {
            Matcher method = METHOD.matcher(query);
            if (method.find()) {
                kept.put(URL_QUERY, "method=" + method.group(1));
            }
        }
        return kept.build();
    }

    @SuppressWarnings("unchecked")
    private static void putRaw(AttributesBuilder builder, AttributeKey<?> key, Object value) {
        builder.put((AttributeKey<Object>) key, value);
    }

    @Override
    public CompletableResultCode flush() {
        return exporter.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
        return exporter.shutdown();
    }
}
