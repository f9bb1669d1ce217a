package org.restauth.bench;

import java.security.SecureRandom;
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
import org.restauth.core.user.PasswordHash;

/**
 * What one login's password check costs: {@link PasswordHash#matches} of the right password, at the default
 * 600 000 iterations and at the old 210 000. A wrong password and the unknown-email decoy cost the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordHashBenchmark {
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @Param({"600000", "210000"})
    public int iterations;

    private PasswordHash hash;

    @Setup
    public void setUp() {
        hash = PasswordHash.create(PASSWORD, new SecureRandom(), iterations);
        if (!hash.matches(PASSWORD)) {
            throw new IllegalStateException("the fixture's hash does not match");
        }
    }

    @Benchmark
    public boolean matches() {
        return hash.matches(PASSWORD);
    }
}
