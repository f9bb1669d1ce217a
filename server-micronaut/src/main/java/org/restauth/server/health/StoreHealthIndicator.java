package org.restauth.server.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import org.restauth.core.store.Stores;
import org.restauth.server.store.StateStore;

/**
 * The store's reachability in {@code /health}: UP when it answers within its timeout (memory always does),
 * DOWN otherwise, which makes the endpoint answer 503. The details name the kind of store only: nothing of
 * its address or credentials.
 */
@Singleton
public class StoreHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final StateStore state;
    private final Stores stores;

    public StoreHealthIndicator(StateStore state, Stores stores) {
        this.state = state;
        this.stores = stores;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        boolean reachable = stores.reachable();
        healthStatus = reachable ? HealthStatus.UP : HealthStatus.DOWN;
        return Map.of("kind", state.kind(), "reachable", reachable);
    }

    @Override
    protected String getName() {
        return "store";
    }
}
