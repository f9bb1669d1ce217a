package org.restauth.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.restauth.core.internal.DigestKey;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenIssuer;

/**
 * auth.createToken in core: {@link TokenIssuer#issue} with the real {@link RandomValues#secure()} and an
 * {@link InMemoryTokenStore}. Steady state: the caps are huge and a {@link TickingClock} moves 1 ms per
 * issue, so with a lifetime of {@code liveTokens} ms every issue inserts one token and, once warm, the
 * sweep reclaims about one expired token: the map holds about {@code liveTokens} live tokens throughout.
 * 1 000 tokens live fit in the CPU caches (the CPU cost of an issue); 100 000 do not (each issue then
 * waits on memory for the map slot and for the expired entry it reclaims). The baselines show what the
 * random bytes + hex and the digest key cost alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class TokenIssueBenchmark {

    @Param({"1000", "100000"})
    public int liveTokens;

    private TokenIssuer issuer;
    private RandomValues random;

    @Setup
    public void setUp() {
        random = RandomValues.secure();
        TickingClock clock = new TickingClock(Fixtures.START_MILLIS);
        var policy = Fixtures.uncappedPolicy(Duration.ofMillis(liveTokens));
        issuer = new TokenIssuer(new InMemoryTokenStore(policy), policy, random, clock);
    }

    @Benchmark
    public String issue() {
        return issuer.issue(Fixtures.API_KEY);
    }

    /** Baseline: the 128 random bits and their hex, nothing else. */
    @Benchmark
    public String baselineRandomHex() {
        return random.hex(TokenIssuer.TOKEN_BYTES);
    }

    /** Baseline: the store's map key of one token (SHA-256, first 128 bits). */
    @Benchmark
    public DigestKey baselineDigestKey() {
        return DigestKey.of("3e4a22bb2f5ed75114b0fc9995ea85f1");
    }
}
