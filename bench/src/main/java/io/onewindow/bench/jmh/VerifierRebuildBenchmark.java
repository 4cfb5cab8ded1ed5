package io.onewindow.bench.jmh;

import io.onewindow.bench.tree.MemoryLog;
import io.onewindow.verifier.RebuildFromMemory;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The verifier's rebuild of a whole log from entry bundles already in memory: decoding every bundle,
 * hashing every entry, rebuilding the tree and comparing every tile, as {@code verify-log} does after
 * downloading them. One operation is one complete rebuild.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VerifierRebuildBenchmark {

    @Param("1000000")
    public int entries;

    private RebuildFromMemory rebuild;

    @Setup(Level.Trial)
    public void buildLog() {
        rebuild = new RebuildFromMemory(MemoryLog.build(entries, 7));
    }

    @Benchmark
    public long rebuildTheTree() throws IOException {
        return rebuild.rebuild();
    }

    @TearDown(Level.Trial)
    public void close() {
        rebuild.close();
    }
}
