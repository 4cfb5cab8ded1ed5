package io.onewindow.tlog.tiles;

import io.onewindow.tlog.CompactRange;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.NodeId;
import io.onewindow.tlog.NodeVisitor;
import io.onewindow.tlog.ProofNodes;
import io.onewindow.tlog.TreeHead;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Integrates a batch of leaves into a tiled log: resumes from the partial tiles of the current tree (at
 * most one per level, read in one call, never the whole tree), appends leaf hashes, and hands back the
 * new root and every tile that has to be written for the new size.
 *
 * <p>One builder covers one growth step: create it for a batch, append, write {@link #changedTiles()},
 * then sign the new root. Not thread-safe.
 */
public final class TileBuilder {

    private static final int HASH = MerkleHasher.HASH_SIZE;

    private final long startSize;
    private final CompactRange range;
    // Per tile level: the partial tile of the start tree, or null where that level had none.
    private final byte[][] startPartials = new byte[TileId.MAX_LEVEL + 1][];
    // Per tile level: the hashes of that level's bottom Merkle level that became complete since the start.
    private final List<HashBuffer> added = new ArrayList<>();
    private final NodeVisitor collector = this::collect;

    private TileBuilder(long startSize, CompactRange range) {
        this.startSize = startSize;
        this.range = range;
    }

    /** A builder for a log that is still empty. */
    public static TileBuilder startingEmpty() {
        return new TileBuilder(0, CompactRange.empty());
    }

    /** Resumes from the tiles of a tree of the given size, trusting them. */
    public static TileBuilder resume(long treeSize, TileReader reader) throws IOException {
        return resume(treeSize, null, reader);
    }

    /**
     * Resumes from the tiles of the tree the given head describes, and checks that they lead to its root.
     *
     * @throws InvalidTileException when the stored tiles do not lead to the head's root
     */
    public static TileBuilder resume(TreeHead head, TileReader reader) throws IOException {
        return resume(head.size(), head.rootHash(), reader);
    }

    private static TileBuilder resume(long treeSize, byte[] expectedRoot, TileReader reader) throws IOException {
        if (treeSize == 0) {
            return startingEmpty();
        }
        List<TileId> partials = TileId.partialTiles(treeSize);
        List<byte[]> data = reader.readTiles(partials);
        if (data.size() != partials.size()) {
            throw new IOException("asked for " + partials.size() + " tiles, the reader returned " + data.size());
        }
        Map<TileId, TileHashes> tiles = new LinkedHashMap<>();
        for (int i = 0; i < partials.size(); i++) {
            tiles.put(partials.get(i), new TileHashes(partials.get(i), data.get(i)));
        }
        MerkleHasher hasher = MerkleHasher.forCurrentThread();
        List<byte[]> rightEdge = new ArrayList<>();
        for (NodeId node : ProofNodes.rightEdge(treeSize)) {
            rightEdge.add(tiles.get(TileId.forNode(node, treeSize)).hash(node, hasher));
        }
        CompactRange range = CompactRange.restore(treeSize, rightEdge);
        if (expectedRoot != null && !MessageDigest.isEqual(range.rootHash(), expectedRoot)) {
            throw new InvalidTileException("the stored partial tiles of a tree of size " + treeSize + " do not lead to its root");
        }
        TileBuilder builder = new TileBuilder(treeSize, range);
        for (int i = 0; i < partials.size(); i++) {
            builder.startPartials[partials.get(i).level()] = data.get(i).clone();
        }
        return builder;
    }

    /** Appends a leaf hash. */
    public void append(byte[] leafHash) {
        range.append(leafHash, collector);
    }

    /** Appends leaf hashes in order. */
    public void appendAll(List<byte[]> leafHashes) {
        range.appendAll(leafHashes, collector);
    }

    /** The tree size so far. */
    public long size() {
        return range.size();
    }

    /** The root hash at the current size. */
    public byte[] rootHash() {
        return range.rootHash();
    }

    /** The head of the tree at the current size. */
    public TreeHead treeHead() {
        return new TreeHead(size(), rootHash());
    }

    /**
     * The tiles to write for the current size, lowest level first, as {@link TileId#changedTiles} lists
     * them: new full tiles, tiles that went from partial to full, and the new partial tiles.
     */
    public Map<TileId, byte[]> changedTiles() {
        Map<TileId, byte[]> out = new LinkedHashMap<>();
        for (TileId tile : TileId.changedTiles(startSize, size())) {
            out.put(tile, content(tile));
        }
        return out;
    }

    private byte[] content(TileId tile) {
        byte[] data = new byte[tile.byteSize()];
        long base = TileId.hashesAtLevel(tile.level(), startSize);
        long first = tile.index() * TileId.FULL_WIDTH;
        int fromStart = (int) Math.max(0, Math.min(tile.width(), base - first));
        if (fromStart > 0) {
            System.arraycopy(startPartials[tile.level()], 0, data, 0, fromStart * HASH);
        }
        HashBuffer level = added.get(tile.level());
        level.copy(first + fromStart - base, tile.width() - fromStart, data, fromStart * HASH);
        return data;
    }

    private void collect(int level, long index, byte[] hash) {
        if (level % TileId.HEIGHT != 0) {
            return;
        }
        int tileLevel = level / TileId.HEIGHT;
        while (added.size() <= tileLevel) {
            added.add(new HashBuffer());
        }
        added.get(tileLevel).add(hash);
    }

    /** A growable run of hashes, without a byte[] per hash. */
    private static final class HashBuffer {
        private byte[] bytes = new byte[64 * HASH];
        private int count;

        void add(byte[] hash) {
            if ((count + 1) * HASH > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            System.arraycopy(hash, 0, bytes, count * HASH, HASH);
            count++;
        }

        void copy(long from, int hashes, byte[] out, int outOffset) {
            System.arraycopy(bytes, (int) from * HASH, out, outOffset, hashes * HASH);
        }
    }
}
