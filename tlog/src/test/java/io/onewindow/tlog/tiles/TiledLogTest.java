package io.onewindow.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.tlog.InMemoryMerkleTree;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.NodeId;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.ProofNodes;
import io.onewindow.tlog.TreeHead;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A log of 70,000 entries written as tiles in random batches, as the sequencer would, with a tree head
 * kept for every batch; proofs served from those tiles are compared with the in-memory tree.
 */
class TiledLogTest {

    private static final int SIZE = 70_000;
    private static final MerkleHasher HASHER = new MerkleHasher();
    private static final InMemoryMerkleTree TREE = new InMemoryMerkleTree();
    private static final TileStore STORE = new TileStore();
    private static final List<TreeHead> HEADS = new ArrayList<>();

    @BeforeAll
    static void writeTheLogInBatches() throws IOException {
        Random random = new Random(42);
        TreeHead head = TreeHead.empty();
        while (head.size() < SIZE) {
            TileBuilder builder = TileBuilder.resume(head, STORE);
            int batch = (int) Math.min(SIZE - head.size(), 1 + random.nextInt(random.nextBoolean() ? 20 : 3000));
            for (int i = 0; i < batch; i++) {
                byte[] leaf = leafHash(head.size() + i);
                builder.append(leaf);
                TREE.appendLeafHash(leaf);
            }
            STORE.writeAll(builder.changedTiles());
            head = builder.treeHead();
            HEADS.add(head);
        }
    }

    static byte[] leafHash(long index) {
        return HASHER.hashLeaf(ByteBuffer.allocate(8).putLong(index).array());
    }

    @Test
    void tilesWrittenBatchByBatchHoldTheHashesOfTheTree() {
        for (TileId tile : TileId.changedTiles(0, SIZE)) {
            byte[] expected = new byte[tile.byteSize()];
            for (int i = 0; i < tile.width(); i++) {
                System.arraycopy(TREE.hash(tile.node(i)), 0, expected, i * 32, 32);
            }
            assertThat(STORE.get(tile)).as("tile %s", tile).isEqualTo(expected);
        }
        for (TreeHead head : HEADS) {
            assertThat(head.rootHash()).isEqualTo(TREE.rootHash(head.size()));
        }
    }

    @Property(tries = 300)
    void proofsServedFromTilesEqualTheTreesProofsInOneRead(@ForAll @IntRange(min = 0, max = 10_000) int anyHead,
                                                         @ForAll @IntRange(min = 0, max = SIZE) int anyIndex,
                                                         @ForAll boolean verifying) throws IOException {
        TreeHead head = HEADS.get(anyHead % HEADS.size());
        long index = anyIndex % head.size();
        TileHashReader reader = verifying ? TileHashReader.verifying(head, STORE) : TileHashReader.trusting(head.size(), STORE);
        ProofBuilder prover = new ProofBuilder(reader);

        int before = STORE.calls;
        assertThat(prover.inclusionProof(index, head.size())).isEqualTo(TREE.inclusionProof(index, head.size()));
        assertThat(STORE.calls - before).isEqualTo(1);
        assertThat(STORE.lastRead.size()).isLessThanOrEqualTo(verifying ? 7 : 4);

        long size1 = 1 + index;
        assertThat(prover.consistencyProof(size1, head.size())).isEqualTo(TREE.consistencyProof(size1, head.size()));
        assertThat(prover.rootHash(head.size())).isEqualTo(head.rootHash());
    }

    @Property(tries = 300)
    void aFlippedBitInAnyTileAVerifyingReaderFetchesIsDetected(@ForAll @IntRange(min = 0, max = 10_000) int anyHead,
                                                              @ForAll @IntRange(min = 0, max = SIZE) int anyIndex,
                                                              @ForAll @IntRange(min = 0, max = 100) int anyTile,
                                                              @ForAll @IntRange(min = 0, max = 8 * 8192) int anyBit) throws IOException {
        TreeHead head = HEADS.get(anyHead % HEADS.size());
        long index = anyIndex % head.size();
        List<NodeId> nodes = ProofNodes.forInclusion(index, head.size()).nodes();
        net.jqwik.api.Assume.that(!nodes.isEmpty());
        TileHashReader reader = TileHashReader.verifying(head, STORE);
        reader.readHashes(nodes);
        TileId victim = STORE.lastRead.get(anyTile % STORE.lastRead.size());
        int bit = anyBit % (victim.byteSize() * 8);
        STORE.tamper(victim, data -> {
            data[bit / 8] ^= (byte) (1 << (bit % 8));
            return data;
        });
        try {
            assertThatThrownBy(() -> reader.readHashes(nodes)).isInstanceOf(InvalidTileException.class);
        } finally {
            STORE.tamper(null, java.util.function.UnaryOperator.identity());
        }
    }

    @Test
    void aTileOfTheWrongLengthIsRejected() {
        TreeHead head = HEADS.get(HEADS.size() - 1);
        TileId leafTile = TileId.forNode(new NodeId(0, 5), head.size());
        STORE.tamper(leafTile, data -> java.util.Arrays.copyOf(data, data.length - 1));
        try {
            assertThatThrownBy(() -> new ProofBuilder(TileHashReader.trusting(head.size(), STORE)).inclusionProof(5, head.size()))
                    .isInstanceOf(InvalidTileException.class);
        } finally {
            STORE.tamper(null, java.util.function.UnaryOperator.identity());
        }
    }

    @Test
    void aTileBuilderRefusesStoredTilesThatDoNotLeadToItsHead() {
        TreeHead head = HEADS.get(HEADS.size() / 2);
        TreeHead wrong = new TreeHead(head.size(), leafHash(-1));
        assertThatThrownBy(() -> TileBuilder.resume(wrong, STORE)).isInstanceOf(InvalidTileException.class);
    }

    @Test
    void asksForNodesOutsideTheTreeAreRefused() {
        TreeHead head = HEADS.get(0);
        assertThatThrownBy(() -> TileHashReader.trusting(head.size(), STORE).readHashes(List.of(new NodeId(0, head.size()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entryBundlesWrittenBatchByBatchHoldEveryEntryOnce() {
        Map<BundleId, byte[]> bundles = new java.util.HashMap<>();
        Random random = new Random(7);
        long size = 0;
        while (size < 5_000) {
            byte[] partial = BundleId.partial(size).map(bundles::get).orElse(null);
            EntryBundleBuilder builder = EntryBundleBuilder.resume(size, partial);
            int batch = 1 + random.nextInt(700);
            for (int i = 0; i < batch; i++) {
                builder.append(ByteBuffer.allocate(8).putLong(size + i).array());
            }
            bundles.putAll(builder.changedBundles());
            size = builder.size();
        }
        for (long index = 0; index < size; index += 256) {
            BundleId bundle = BundleId.containing(index, size);
            List<byte[]> entries = EntryBundle.decode(bundles.get(bundle));
            assertThat(entries).hasSize(bundle.width());
            for (int i = 0; i < entries.size(); i++) {
                assertThat(ByteBuffer.wrap(entries.get(i)).getLong()).isEqualTo(index + i);
            }
        }
    }

    @Test
    void anEntryBundleIsCheckedAgainstItsLevelZeroTile() throws IOException {
        BundleId bundle = new BundleId(3, 256);
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            entries.add(ByteBuffer.allocate(8).putLong(bundle.firstEntry() + i).array());
        }
        byte[] tile = STORE.get(bundle.tile());
        assertThat(EntryBundle.decodeVerified(bundle, EntryBundle.encode(entries), tile)).hasSize(256);
        entries.set(17, new byte[] {1});
        assertThatThrownBy(() -> EntryBundle.decodeVerified(bundle, EntryBundle.encode(entries), tile))
                .isInstanceOf(InvalidTileException.class).hasMessageContaining("entry 785");
    }

}
