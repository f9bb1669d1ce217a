package org.restauth.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
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
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/**
 * {@link Signature#verify} of a signed auth.getSession call of 10 parameters ({@code sig} included),
 * with baselines: the base string alone, and one MD5 of the already-built base + secret bytes on a
 * reused MessageDigest (the floor no implementation goes under).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SignatureBenchmark {

    private List<Param> call;
    private String sig;
    private byte[] signedBytes;
    private MessageDigest md5;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        call = Fixtures.getSessionCall();
        sig = call.get(call.size() - 1).value();
        signedBytes = (Signature.baseString(call) + Fixtures.SECRET.reveal()).getBytes(StandardCharsets.UTF_8);
        md5 = MessageDigest.getInstance("MD5");
        if (!Signature.verify(call, sig, Fixtures.SECRET)) {
            throw new IllegalStateException("the fixture's signature does not verify");
        }
    }

    @Benchmark
    public boolean verify() {
        return Signature.verify(call, sig, Fixtures.SECRET);
    }

    /** Baseline: sorting and concatenating the parameters, no hashing. */
    @Benchmark
    public String baselineBaseString() {
        return Signature.baseString(call);
    }

    /** Baseline: MD5 of the base string + secret bytes, built beforehand, on a reused digest. */
    @Benchmark
    public byte[] baselineMd5Only() {
        return md5.digest(signedBytes);
    }
}
