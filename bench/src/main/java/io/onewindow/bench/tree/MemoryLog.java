package io.onewindow.bench.tree;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.TreeHead;
import io.onewindow.tlog.checkpoint.Checkpoint;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.note.Ed25519NoteSigner;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.EntryBundleBuilder;
import io.onewindow.tlog.tiles.TileBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A complete published log in memory: random 32-byte entries (as random as the platform's salted
 * commitments), their entry bundles and hash tiles built with tlog as the platform's integrator builds
 * them, and a checkpoint signed with a fresh Ed25519 key. What a verifier downloads, before it downloads it.
 */
public final class MemoryLog {

    public static final String ORIGIN = "bench.onewindow.example/onewindow/log";
    private static final int BATCH = 1 << 16;

    private final TreeHead head;
    private final TileSet tiles;
    private final List<byte[]> bundles;
    private final Ed25519NoteSigner key;
    private final byte[] checkpoint;

    private MemoryLog(TreeHead head, TileSet tiles, List<byte[]> bundles, Ed25519NoteSigner key, byte[] checkpoint) {
        this.head = head;
        this.tiles = tiles;
        this.bundles = bundles;
        this.key = key;
        this.checkpoint = checkpoint;
    }

    public static MemoryLog build(int entries, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TileSet tiles = new TileSet();
        List<byte[]> bundles = new ArrayList<>();
        MerkleHasher hasher = new MerkleHasher();
        TreeHead head = TreeHead.empty();
        try {
            while (head.size() < entries) {
                long size = head.size();
                int count = (int) Math.min(BATCH, entries - size);
                TileBuilder tileBuilder = TileBuilder.resume(size, tiles);
                EntryBundleBuilder bundleBuilder = EntryBundleBuilder.resume(size,
                        BundleId.partial(size).map(b -> bundles.get((int) b.index())).orElse(null));
                for (int i = 0; i < count; i++) {
                    byte[] entry = RandomLeafTree.randomHash(random);
                    tileBuilder.append(hasher.hashLeaf(entry));
                    bundleBuilder.append(entry);
                }
                tileBuilder.changedTiles().forEach(tiles::put);
                bundleBuilder.changedBundles().forEach((bundle, content) -> {
                    if (bundle.index() < bundles.size()) {
                        bundles.set((int) bundle.index(), content);
                    } else {
                        bundles.add(content);
                    }
                });
                head = tileBuilder.treeHead();
            }
            Ed25519NoteSigner key = Ed25519NoteSigner.generate(ORIGIN, new SecureRandom());
            byte[] note = SignedCheckpoint.sign(Checkpoint.of(ORIGIN, head), key).toBytes();
            return new MemoryLog(head, tiles, bundles, key, note);
        } catch (IOException e) {
            throw new UncheckedIOException("the tiles just built cannot be read back", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public TreeHead head() {
        return head;
    }

    public TileSet tiles() {
        return tiles;
    }

    /** The encoded entry bundle with this index, as the tree of this size has it. */
    public byte[] bundle(long index) {
        return bundles.get((int) index);
    }

    /** The signed checkpoint note, as {@code /log/checkpoint} serves it. */
    public byte[] checkpoint() {
        return checkpoint.clone();
    }

    /** The log's verifier key string, as the operator publishes it. */
    public String verifierKey() {
        return key.verifierKey().format();
    }
}
