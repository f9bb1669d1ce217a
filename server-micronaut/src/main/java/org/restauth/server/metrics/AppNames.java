package org.restauth.server.metrics;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.restauth.server.config.AppProperties;
import org.restauth.server.config.ApplicationSetup;

/**
 * Metric labels for applications: the name under {@code restauth.apps} (an operator's word, bounded by
 * the configuration), never the api key or anything a caller sent. Unknown keys share one label.
 */
@Singleton
public class AppNames {
    static final String UNKNOWN = "unknown";

    private final Map<String, String> nameByKey = new HashMap<>();

    public AppNames(ApplicationSetup setup, List<AppProperties> configured) {
        setup.demo().ifPresent(demo -> nameByKey.put(demo.application().apiKey(), "demo"));
        for (AppProperties props : configured) {
            nameByKey.put(props.getApiKey(), props.getName());
        }
    }

    public String of(String apiKey) {
        return apiKey == null ? UNKNOWN : nameByKey.getOrDefault(apiKey, UNKNOWN);
    }
}
