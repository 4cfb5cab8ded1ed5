package io.onewindow.bench.tree;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.TreeHead;
import io.onewindow.tlog.tiles.TileBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The tiles of a Merkle tree over random leaf hashes, built with tlog's {@link TileBuilder} the way the
 * platform's integrator builds them, batch after batch. Leaf hashes of real entries are as random as
 * these, so the tiles are the same size and shape as a real log's; the same seed gives the same tree.
 *
 * @param head  the tree's size and root
 * @param tiles every tile of the tree, at its widest
 */
public record RandomLeafTree(TreeHead head, TileSet tiles) {

    /** The seed of the large tree the proof benchmarks share, in memory and in the database. */
    public static final long SEED = 20261122L;
    // A multiple of 256·256, so that every batch but the last ends on full tiles of the two lowest levels.
    private static final int BATCH = 1 << 16;

    public static RandomLeafTree build(long size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TileSet tiles = new TileSet();
        TreeHead head = TreeHead.empty();
        try {
            while (head.size() < size) {
                int count = (int) Math.min(BATCH, size - head.size());
                TileBuilder builder = TileBuilder.resume(head.size(), tiles);
                List<byte[]> leaves = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    leaves.add(randomHash(random));
                }
                builder.appendAll(leaves);
                builder.changedTiles().forEach(tiles::put);
                head = builder.treeHead();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the tiles just built cannot be read back", e);
        }
        return new RandomLeafTree(head, tiles);
    }

    /** A random 32-byte value. */
    public static byte[] randomHash(SplittableRandom random) {
        byte[] hash = new byte[MerkleHasher.HASH_SIZE];
        for (int i = 0; i < hash.length; i += Long.BYTES) {
            long bits = random.nextLong();
            for (int b = 0; b < Long.BYTES; b++) {
                hash[i + b] = (byte) (bits >>> (8 * b));
            }
        }
        return hash;
    }
}
