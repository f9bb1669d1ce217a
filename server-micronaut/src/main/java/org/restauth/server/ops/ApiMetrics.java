package org.restauth.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's meters. Every label comes from a bounded set: application names from the configuration,
 * canonical method names (or {@code unknown}), result {@code ok} or an error code of the protocol.
 */
@Singleton
public class ApiMetrics {
    static final String TOKENS_ISSUED = "restauth.tokens.issued";
    static final String TOKENS_APPROVED = "restauth.tokens.approved";
    static final String TOKENS_EXCHANGED = "restauth.tokens.exchanged";
    static final String REFUSED_BY_LIMIT = "restauth.requests.refused.by.limit";
    static final String REQUESTS = "restauth.requests";

    private final MeterRegistry registry;
    // Meters are looked up once per label set: building and registering one on every call cost more than the call
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
    private final Map<List<String>, Timer> timers = new ConcurrentHashMap<>();

    public ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void tokenIssued(String app) {
        counter(TOKENS_ISSUED, "Tokens issued (auth.createToken and the login page)", app).increment();
    }

    void tokenApproved(String app) {
        counter(TOKENS_APPROVED, "Tokens a person approved on the login page", app).increment();
    }

    void tokenExchanged(String app) {
        counter(TOKENS_EXCHANGED, "Tokens traded for a session by auth.getSession", app).increment();
    }

    void refusedByLimit(String app) {
        counter(REFUSED_BY_LIMIT, "Calls answered error 4 (rate limit or store cap)", app).increment();
    }

    void request(String method, String result, Duration duration) {
        timers.computeIfAbsent(List.of(method, result), k -> Timer.builder(REQUESTS)
                .description("API calls, from parsed request to rendered answer")
                .tag("method", method)
                .tag("result", result)
                .register(registry))
                .record(duration);
    }

    private Counter counter(String name, String description, String app) {
        return counters.computeIfAbsent(List.of(name, app),
                k -> Counter.builder(name).description(description).tag("application", app).register(registry));
    }
}
