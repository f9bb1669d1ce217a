package org.restauth.server.tracing;

import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import jakarta.inject.Singleton;

/**
 * Every span exporter the {@code otel.*} settings choose gets scrubbed spans only. No condition of its own: Micronaut
 * asks for it only when it builds OpenTelemetry, which application.yml allows only with
 * {@code restauth.tracing.enabled=true}; however tracing got turned on, no span leaves unscrubbed.
 */
@Singleton
final class TracingSetup implements OpenTelemetryBuilderCustomizer {

    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        builder.addSpanExporterCustomizer((exporter, config) -> new ScrubbedSpans(exporter));
    }
}
