package org.restauth.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenIssuer;
import org.restauth.core.token.TokenPolicy;

/**
 * Heap per live token in {@link InMemoryTokenStore}, and the time to reclaim them once expired.
 * Usage: {@code java -Xmx512m -cp bench/target/benchmarks.jar org.restauth.bench.TokenMemory 1000000}.
 * Fills the store with N live tokens through a {@link TokenIssuer}, measures the heap used after full
 * GCs before and after, then moves the clock past every expiry and times the one call that sweeps.
 */
public final class TokenMemory {

    private TokenMemory() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        TickingClock clock = new TickingClock(Fixtures.START_MILLIS);
        // the clock moves 1 ms per issue: a lifetime above 60 minutes and above N ms keeps all N live
        Duration lifetime = Duration.ofMillis(Math.max(TokenPolicy.DEFAULT_LIFETIME.toMillis(), 2L * n));
        TokenPolicy policy = new TokenPolicy(lifetime, n, n);
        InMemoryTokenStore store = new InMemoryTokenStore(policy);
        TokenIssuer issuer = new TokenIssuer(store, policy, RandomValues.secure(), clock);

        long before = usedAfterGc();
        long fillStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            issuer.issue(Fixtures.API_KEY);
        }
        long fillNanos = System.nanoTime() - fillStart;
        long after = usedAfterGc();
        long live = store.liveCount(clock.instant());
        if (live != n) {
            throw new IllegalStateException("expected " + n + " live tokens, found " + live);
        }
        print("live tokens", n);
        print("token lifetime (ms)", lifetime.toMillis());
        print("fill time (ms)", fillNanos / 1e6);
        print("heap used before (MB)", before / 1048576.0);
        print("heap used after (MB)", after / 1048576.0);
        print("bytes per live token", (after - before) / (double) n);

        clock.advance(lifetime.toMillis() + 1);
        long sweepStart = System.nanoTime();
        long left = store.liveCount(clock.instant()); // the sweep runs inside this call
        long sweepNanos = System.nanoTime() - sweepStart;
        if (left != 0) {
            throw new IllegalStateException("expected every token reclaimed, " + left + " left");
        }
        print("reclaim time (ms)", sweepNanos / 1e6);
        print("reclaim time per token (ns)", sweepNanos / (double) n);
        print("heap used after reclaim (MB)", usedAfterGc() / 1048576.0);
        // keeps the store reachable until the measures above are taken
        print("live tokens after reclaim", store.liveCount(clock.instant()));
    }

    private static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 5; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void print(String what, double value) {
        System.out.println(String.format(Locale.ROOT, "%-30s %,12.1f", what, value));
    }

    private static void print(String what, long value) {
        System.out.println(String.format(Locale.ROOT, "%-30s %,10d", what, value));
    }
}
