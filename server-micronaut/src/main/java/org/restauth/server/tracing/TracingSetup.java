package org.restauth.server.tracing;

import io.micronaut.tracing.opentelemetry.OpenTelemetryBuilderCustomizer;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import jakarta.inject.Singleton;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Every span exporter the {@code otel.*} settings choose gets scrubbed spans only. No condition of its own: Micronaut
 * asks for it only when it builds OpenTelemetry, which application.yml allows only with
 * {@code restauth.tracing.enabled=true}; however tracing got turned on, no span leaves unscrubbed.
 */
@Singleton
final class TracingSetup implements OpenTelemetryBuilderCustomizer {
    /**
     * The SDK reports its own trouble (a collector that does not answer) through java.util.logging: sent to logback,
     * so it comes out in the chosen format (JSON too). Held here: JUL keeps its loggers only weakly.
     */
    private static final java.util.logging.Logger SDK_LOG = java.util.logging.Logger.getLogger("io.opentelemetry");

    @Override
    public void configure(AutoConfiguredOpenTelemetrySdkBuilder builder) {
        if (SDK_LOG.getUseParentHandlers()) {
            SDK_LOG.setUseParentHandlers(false);
            SDK_LOG.addHandler(new SLF4JBridgeHandler());
        }
        builder.addSpanExporterCustomizer((exporter, config) -> new ScrubbedSpans(exporter));
    }
}
