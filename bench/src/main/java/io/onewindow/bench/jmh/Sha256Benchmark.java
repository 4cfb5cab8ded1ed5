package io.onewindow.bench.jmh;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The machine's raw SHA-256 rate on 32-byte inputs (one compression each), through the JDK's
 * {@link MessageDigest} as tlog uses it: the unit every other figure is compared with. Each hash is fed
 * the previous one, so no two inputs are alike.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Sha256Benchmark {

    private MessageDigest sha256;
    private byte[] input;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        sha256 = MessageDigest.getInstance("SHA-256");
        input = sha256.digest(Thread.currentThread().getName().getBytes());
    }

    @Benchmark
    public byte[] sha256Of32Bytes() {
        input = sha256.digest(input);
        return input;
    }
}
