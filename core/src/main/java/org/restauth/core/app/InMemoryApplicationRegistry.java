package org.restauth.core.app;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fixed set of applications, as configured at start. */
public final class InMemoryApplicationRegistry implements ApplicationRegistry {
    private final Map<String, Application> byKey;

    public InMemoryApplicationRegistry(Collection<Application> applications) {
        Map<String, Application> map = new LinkedHashMap<>();
        for (Application app : applications) {
            if (map.putIfAbsent(app.apiKey(), app) != null) {
                throw new IllegalArgumentException("two applications share one api key");
            }
        }
        this.byKey = Map.copyOf(map);
    }

    public static InMemoryApplicationRegistry of(Application... applications) {
        return new InMemoryApplicationRegistry(List.of(applications));
    }

    @Override
    public Optional<Application> find(String apiKey) {
        return Optional.ofNullable(byKey.get(apiKey));
    }

    public Collection<Application> all() {
        return byKey.values();
    }
}
