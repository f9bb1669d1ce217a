package org.restauth.bench;

import java.security.NoSuchAlgorithmException;
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

/**
 * 16 random bytes from each JDK SecureRandom algorithm, one instance per benchmark thread: the figures
 * behind the generator {@code RandomValues.secure()} uses. Run with {@code -t 2} to see the lock of the
 * process-wide NativePRNG.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RandomSourceBenchmark {

    @Param({"NativePRNG", "DRBG", "SHA1PRNG"})
    public String algorithm;

    private SecureRandom random;
    private final byte[] bytes = new byte[16];

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        random = SecureRandom.getInstance(algorithm);
        random.nextBytes(bytes); // self-seeds now, not inside the first measured call
    }

    @Benchmark
    public byte[] nextBytes16() {
        random.nextBytes(bytes);
        return bytes;
    }
}
