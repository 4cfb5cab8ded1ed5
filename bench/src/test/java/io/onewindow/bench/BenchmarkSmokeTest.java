package io.onewindow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.bench.tree.MemoryLog;
import io.onewindow.bench.tree.RandomLeafTree;
import io.onewindow.bench.verification.ServedLog;
import io.onewindow.bench.verification.VerifyLogRun;
import io.onewindow.tlog.CompactRange;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.tiles.TileHashReader;
import io.onewindow.tlog.tiles.TileId;
import io.onewindow.verifier.RebuildFromMemory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' fixtures build real logs and the timed operations do what they claim, on sizes small
 * enough for the build. The benchmarks themselves run from {@code onewindow-bench.jar}, not here.
 */
class BenchmarkSmokeTest {

    @Test
    void aTreeBuiltInBatchesHasTheRootOfItsLeavesAndItsProofsVerify() throws Exception {
        long size = 70_000;
        RandomLeafTree tree = RandomLeafTree.build(size, 3);

        SplittableRandom random = new SplittableRandom(3);
        CompactRange range = CompactRange.empty();
        for (long i = 0; i < size; i++) {
            range.append(RandomLeafTree.randomHash(random));
        }
        assertThat(tree.head().rootHash()).isEqualTo(range.rootHash());

        for (long index : new long[] {0, 65_535, 65_536, size - 1}) {
            InclusionProof proof = new ProofBuilder(TileHashReader.trusting(size, tree.tiles())).inclusionProof(index, size);
            byte[] tile = tree.tiles().read(new TileId(0, index / 256, TileId.widthAt(0, index / 256, size)));
            int offset = (int) (index % 256) * 32;
            proof.verify(Arrays.copyOfRange(tile, offset, offset + 32), tree.head().rootHash());
        }
    }

    @Test
    void theVerifiersRebuildFromMemoryRebuildsTheWholeLog() throws Exception {
        MemoryLog log = MemoryLog.build(5_000, 5);
        try (RebuildFromMemory rebuild = new RebuildFromMemory(log)) {
            assertThat(rebuild.rebuild()).isEqualTo(5_000);
        }
    }

    @Test
    void verifyLogVerifiesTheServedLogOfTheGivenSize() {
        MemoryLog log = MemoryLog.build(3_000, 9);
        try (ServedLog served = new ServedLog(log)) {
            VerifyLogRun run = VerifyLogRun.of(served.url(), log.verifierKey(), 3_000);
            assertThat(run.entries()).isEqualTo(3_000);
            assertThatThrownBy(() -> VerifyLogRun.of(served.url(), log.verifierKey(), 2_999))
                    .hasMessageContaining("ended with status 0");
        }
    }

    @Test
    void aTimedVerifyLogRunFailsWhenAnEntryOfTheServedLogWasChanged() {
        MemoryLog log = MemoryLog.build(3_000, 9);
        log.bundle(5)[100] ^= 1;
        try (ServedLog served = new ServedLog(log)) {
            assertThatThrownBy(() -> VerifyLogRun.of(served.url(), log.verifierKey(), 3_000))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageNotContaining("ended with status 0");
        }
    }
}
