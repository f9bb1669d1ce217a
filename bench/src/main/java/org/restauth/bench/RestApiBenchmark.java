package org.restauth.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.RestApi;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.request.ApiRequest;
import org.restauth.format.RenderedResponse;
import org.restauth.format.ResponseRenderer;

/**
 * A whole signed auth.createToken call through {@link RestApi#handle} (method, api key, signature, rate
 * limiter, issue, store), then rendered as XML. Same steady state as {@link TokenIssueBenchmark}: huge
 * caps and a {@link TickingClock}; a call reads it twice (dispatcher, issuer), so with a lifetime of
 * 200 000 ms about 100 000 tokens stay live.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RestApiBenchmark {

    private final ResponseRenderer renderer = new ResponseRenderer();
    private RestApi api;
    private ApiRequest createToken;

    @Setup
    public void setUp() {
        api = RestApi.builder()
                .stores(Stores.inMemory(InMemoryApplicationRegistry.of(Fixtures.APP),
                        Fixtures.uncappedPolicy(Duration.ofMillis(200_000)), SessionPolicy.DEFAULT))
                .tokenPolicy(Fixtures.uncappedPolicy(Duration.ofMillis(200_000)))
                .clock(new TickingClock(Fixtures.START_MILLIS))
                .build();
        createToken = ApiRequest.of(Fixtures.createTokenCall("xml"));
        ApiResponse first = api.handle(createToken);
        if (first.isError()) {
            throw new IllegalStateException("the fixture's createToken call fails: " + first.result());
        }
    }

    @Benchmark
    public ApiResponse handleCreateToken() {
        return api.handle(createToken);
    }

    @Benchmark
    public RenderedResponse handleCreateTokenAndRenderXml() {
        return renderer.render(api.handle(createToken));
    }
}
