package org.restauth.server.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Liveness;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The only indicator of {@code /health/liveness}: UP whenever the process can answer at all. It never asks
 * a store, so an orchestrator that restarts on a failed liveness probe does not restart every node while
 * Redis is down; {@code /health/readiness} (the store's {@link StoreHealthIndicator}) takes such a node out
 * of rotation instead.
 */
@Singleton
@Liveness
public class ProcessLivenessIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        return Map.of();
    }

    @Override
    protected String getName() {
        return "process";
    }
}
