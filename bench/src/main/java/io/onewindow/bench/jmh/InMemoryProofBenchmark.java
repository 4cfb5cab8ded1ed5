package io.onewindow.bench.jmh;

import io.onewindow.bench.tree.RandomLeafTree;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.tiles.TileHashReader;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
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

/**
 * An inclusion proof for a random leaf of a large tree whose tiles are held in memory, built as the
 * platform's receipts build it ({@code ProofBuilder} over a trusting {@code TileHashReader}): the cost of
 * the proof itself, without the database. The tree is the one the database benchmark loads (same seed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InMemoryProofBenchmark {

    @Param("10000000")
    public long treeSize;

    private RandomLeafTree tree;

    @Setup(Level.Trial)
    public void buildTree() {
        tree = RandomLeafTree.build(treeSize, RandomLeafTree.SEED);
    }

    @Benchmark
    public InclusionProof proofOfARandomLeaf() throws IOException {
        long index = ThreadLocalRandom.current().nextLong(treeSize);
        return new ProofBuilder(TileHashReader.trusting(treeSize, tree.tiles())).inclusionProof(index, treeSize);
    }
}
