package org.restauth.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

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
    static final String SESSIONS_ENDED = "restauth.sessions.ended";
    static final String LOGINS = "restauth.logins";
    static final String REQUESTS = "restauth.requests";
    /** Bounds of the request timer's histogram buckets: a call takes tens of µs, a slow store up to its timeout. */
    private static final Duration FASTEST = Duration.ofNanos(10_000);
    private static final Duration SLOWEST = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    // Meters are looked up once per label set, by plain string keys: building and registering one on every
    // call cost more than the call, and a composite key (a List) cost an allocation per call.
    private final Map<String, Counter> issued = new ConcurrentHashMap<>();
    private final Map<String, Counter> approved = new ConcurrentHashMap<>();
    private final Map<String, Counter> exchanged = new ConcurrentHashMap<>();
    private final Map<String, Counter> refused = new ConcurrentHashMap<>();
    private final Map<String, Counter> ended = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Counter>> logins = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Timer>> timers = new ConcurrentHashMap<>();

    public ApiMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void tokenIssued(String app) {
        counter(issued, TOKENS_ISSUED, "Tokens issued (auth.createToken and the login page)", app).increment();
    }

    void tokenApproved(String app) {
        counter(approved, TOKENS_APPROVED, "Tokens a person approved on the login page", app).increment();
    }

    void tokenExchanged(String app) {
        counter(exchanged, TOKENS_EXCHANGED, "Tokens traded for a session by auth.getSession", app).increment();
    }

    void refusedByLimit(String app) {
        counter(refused, REFUSED_BY_LIMIT, "Calls answered error 4 (rate limit or store cap)", app).increment();
    }

    void sessionsEnded(String app, int count) {
        counter(ended, SESSIONS_ENDED, "Sessions ended by auth.expireSession or auth.revokeAuthorization", app)
                .increment(count);
    }

    /** @param outcome approved, cancelled, or a refusal's reason: a fixed set */
    void login(String app, String outcome) {
        logins.computeIfAbsent(app, a -> new ConcurrentHashMap<>())
                .computeIfAbsent(outcome, o -> Counter.builder(LOGINS)
                        .description("Answers of the login page to a person's credentials")
                        .tag("application", app)
                        .tag("outcome", outcome)
                        .register(registry))
                .increment();
    }

    /** With a histogram, so that a percentile per method can be computed from /prometheus. */
    void request(String method, String result, long nanos) {
        timers.computeIfAbsent(method, m -> new ConcurrentHashMap<>())
                .computeIfAbsent(result, r -> Timer.builder(REQUESTS)
                        .description("API calls, from parsed request to rendered answer")
                        .tag("method", method)
                        .tag("result", result)
                        .publishPercentileHistogram()
                        .minimumExpectedValue(FASTEST)
                        .maximumExpectedValue(SLOWEST)
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private Counter counter(Map<String, Counter> byApp, String name, String description, String app) {
        return byApp.computeIfAbsent(app,
                k -> Counter.builder(name).description(description).tag("application", app).register(registry));
    }
}
