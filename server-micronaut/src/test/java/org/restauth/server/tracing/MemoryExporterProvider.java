package org.restauth.server.tracing;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * {@code otel.traces.exporter=memory}: an exporter chosen by name as OTLP is, so the spans a test reads went
 * through the same path as those an OTLP collector gets (the scrubbing customizer included).
 */
public final class MemoryExporterProvider implements ConfigurableSpanExporterProvider {
    private static volatile InMemorySpanExporter last;

    @Override
    public SpanExporter createExporter(ConfigProperties config) {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        last = exporter;
        return exporter;
    }

    @Override
    public String getName() {
        return "memory";
    }

    /** The exporter of the latest server started with tracing on. */
    static InMemorySpanExporter last() {
        return last;
    }
}
