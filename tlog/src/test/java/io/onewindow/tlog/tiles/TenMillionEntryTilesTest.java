package io.onewindow.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.tlog.CompactRange;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.InvalidProofException;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.TreeHead;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Inclusion proofs built from the tiles of a log of ten million entries, three tile levels deep, with tiles
 * read trusting and verifying. The tiles above level 0 are real; level-0 tiles are generated from their
 * index on demand to spare 320 MB of memory. (How fast this is: benchmark 2 in docs/benchmarks.md.)
 */
class TenMillionEntryTilesTest {

    private static final long SIZE = 10_000_000;
    private static final byte[][] UPPER_LEVELS = new byte[3][];
    private static TreeHead head;

    @BeforeAll
    static void buildTheUpperTiles() {
        int[] counts = new int[3];
        for (int level = 1; level < 3; level++) {
            UPPER_LEVELS[level] = new byte[(int) (SIZE >>> (8 * level)) * 32];
        }
        CompactRange range = CompactRange.empty();
        byte[] leaf = new byte[32];
        for (long i = 0; i < SIZE; i++) {
            range.append(leafHash(i, leaf), (level, index, hash) -> {
                if (level == 8 || level == 16) {
                    int tileLevel = level / 8;
                    System.arraycopy(hash, 0, UPPER_LEVELS[tileLevel], counts[tileLevel]++ * 32, 32);
                }
            });
        }
        head = new TreeHead(SIZE, range.rootHash());
    }

    private static byte[] leafHash(long index, byte[] out) {
        Arrays.fill(out, (byte) 0x5a);
        for (int b = 0; b < 8; b++) {
            out[b] = (byte) (index >>> (8 * b));
        }
        return out;
    }

    private static List<byte[]> readTiles(List<TileId> tiles) {
        List<byte[]> out = new ArrayList<>();
        byte[] leaf = new byte[32];
        for (TileId tile : tiles) {
            byte[] data = new byte[tile.byteSize()];
            if (tile.level() == 0) {
                for (int i = 0; i < tile.width(); i++) {
                    System.arraycopy(leafHash(tile.index() * 256 + i, leaf), 0, data, i * 32, 32);
                }
            } else {
                System.arraycopy(UPPER_LEVELS[tile.level()], (int) (tile.index() * 256 * 32), data, 0, data.length);
            }
            out.add(data);
        }
        return out;
    }

    @Test
    void proofsReadFromTheTilesOfATenMillionEntryLogVerifyAgainstItsRoot() throws Exception {
        for (ProofBuilder prover : List.of(new ProofBuilder(TileHashReader.trusting(SIZE, TenMillionEntryTilesTest::readTiles)),
                new ProofBuilder(TileHashReader.verifying(head, TenMillionEntryTilesTest::readTiles)))) {
            Random random = new Random(1);
            byte[] leaf = new byte[32];
            for (long index : random.longs(200, 0, SIZE).toArray()) {
                InclusionProof proof = prover.inclusionProof(index, SIZE);
                proof.verify(leafHash(index, leaf).clone(), head.rootHash());
            }
            InclusionProof last = prover.inclusionProof(SIZE - 1, SIZE);
            last.verify(leafHash(SIZE - 1, leaf).clone(), head.rootHash());
            assertThatThrownBy(() -> last.verify(leafHash(SIZE - 2, leaf).clone(), head.rootHash()))
                    .isInstanceOf(InvalidProofException.class);
        }
    }
}
