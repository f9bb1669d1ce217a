package org.restauth.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.api.RestApi;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.limit.InMemoryRateLimiter;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.session.InMemorySessionStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.store.Stores;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.InMemoryPersonStore;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonDirectory;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;
import org.restauth.store.sqlite.SqliteStores;

/**
 * auth.getSession through {@link RestApi#handle}, each call trading a fresh approved token for a session: on the
 * SQLite store (a real file, WAL, synchronous=FULL: one durable write per session) against core's in-memory
 * stores, the bundle the server builds for each (tokens and rate limits in memory either way). A token can be
 * traded once, so each iteration is one batch of calls whose tokens were issued and approved before it, outside
 * the time measured: {@code SingleShotTime} over a batch, read as batch / time.
 *
 * <p>The file lives in {@code -Dbench.dir} (default: java.io.tmpdir), which must be a real disk: on tmpfs an
 * fsync costs nothing and the figure would not be a durable write's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, batchSize = GetSessionBenchmark.BATCH)
@Measurement(iterations = 10, batchSize = GetSessionBenchmark.BATCH)
@Fork(1)
public class GetSessionBenchmark {
    static final int BATCH = 2000;
    private static final long UID = 1001;

    @Param({"memory", "sqlite"})
    public String store;

    private Path directory;
    private SqliteStores sqlite;
    private TokenStore tokens;
    private RestApi api;
    private ApiRequest[] calls;
    private ApiResponse[] answers;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        Clock clock = Clock.systemUTC();
        SessionPolicy sessions = new SessionPolicy(SessionPolicy.DEFAULT_LIFETIME, Duration.ofHours(1),
                Integer.MAX_VALUE, Integer.MAX_VALUE);
        tokens = new InMemoryTokenStore(Fixtures.uncappedPolicy(Duration.ofHours(1)));
        PersonStore people;
        SessionStore sessionStore;
        if (store.equals("sqlite")) {
            directory = Files.createTempDirectory(Path.of(System.getProperty("bench.dir",
                    System.getProperty("java.io.tmpdir"))), "getsession-bench");
            sqlite = SqliteStores.open(directory.resolve("restauth.db"), clock);
            people = sqlite.personStore();
            sessionStore = sqlite.sessionStore(sessions);
        } else {
            people = new InMemoryPersonStore();
            sessionStore = new InMemorySessionStore(sessions);
        }
        Instant now = clock.instant();
        // getSession asks whether the person may hold a session (enabled, known): a real person, as login adds
        people.add(new Person(UID, "bench@example.com", PasswordHash.create("benchpass".toCharArray(),
                new SecureRandom(), PasswordHash.MIN_STORED_ITERATIONS), Profile.EMPTY, false, now, now));
        SecureRandom random = new SecureRandom();
        Stores bundle = new Stores(tokens, sessionStore, InMemoryApplicationRegistry.of(Fixtures.APP),
                new PersonDirectory(people, clock, random), (name, limit) -> new InMemoryRateLimiter(limit),
                () -> true, sqlite != null);
        api = RestApi.builder().stores(bundle).tokenPolicy(Fixtures.uncappedPolicy(Duration.ofHours(1)))
                .sessionPolicy(sessions).personStore(people).clock(clock).build();
    }

    /** The batch's tokens: issued by a real createToken call, approved as the login page approves them. */
    @Setup(Level.Iteration)
    public void approveTokens(IterationParams iteration) {
        int batch = iteration.getBatchSize();
        ApiRequest createToken = ApiRequest.of(Fixtures.createTokenCall("xml"));
        calls = new ApiRequest[batch];
        answers = new ApiResponse[batch];
        for (int i = 0; i < batch; i++) {
            ApiResponse created = api.handle(createToken);
            if (!(created.result() instanceof ApiResult.Text token)) {
                throw new IllegalStateException("createToken failed: " + created.result());
            }
            if (tokens.approve(token.value(), Fixtures.API_KEY, UID, Instant.now()) != TokenStore.ApproveResult.APPROVED) {
                throw new IllegalStateException("a fresh token was not approved");
            }
            calls[i] = ApiRequest.of(Fixtures.getSessionCall(token.value()));
        }
        next = 0;
    }

    @Benchmark
    public ApiResponse getSession() {
        ApiResponse answer = api.handle(calls[next]);
        answers[next++] = answer;
        return answer;
    }

    /** Every call of the batch must have granted a session, or the figure would be that of an error. */
    @TearDown(Level.Iteration)
    public void checkAnswers() {
        for (int i = 0; i < next; i++) {
            if (!(answers[i].result() instanceof ApiResult.SessionGrant)) {
                throw new IllegalStateException("getSession call " + i + " answered " + answers[i].result());
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        if (sqlite != null) {
            sqlite.close();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }
}
