package io.onewindow.tlog.tiles;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinates of a Merkle tree tile (C2SP tlog-tiles): tile {@code index} at tile {@code level} holds
 * {@code width} consecutive hashes of Merkle level {@code 8·level}, from node {@code index·256}; 256 for a
 * full tile, fewer for the partial tile at the right edge of a tree. The Merkle levels in between are
 * recomputed from a tile's hashes, so a tile stands for a whole subtree of height 8.
 */
public record TileId(int level, long index, int width) {

    /** Tile height: each tile spans 8 Merkle levels. */
    public static final int HEIGHT = 8;
    /** Number of hashes in a full tile. */
    public static final int FULL_WIDTH = 1 << HEIGHT;
    /** The highest tile level the path syntax allows. */
    public static final int MAX_LEVEL = 63;

    private static final String PREFIX = "tile/";

    public TileId {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("tile level must be in [0, 63]: " + level);
        }
        if (index < 0) {
            throw new IllegalArgumentException("tile index must not be negative: " + index);
        }
        if (width < 1 || width > FULL_WIDTH) {
            throw new IllegalArgumentException("tile width must be in [1, 256]: " + width);
        }
    }

    /** True for a tile of all 256 hashes. */
    public boolean isFull() {
        return width == FULL_WIDTH;
    }

    /** The tile's size in bytes. */
    public int byteSize() {
        return width * MerkleHasher.HASH_SIZE;
    }

    /** The node whose hash is at {@code position} in this tile. */
    public NodeId node(int position) {
        if (position < 0 || position >= width) {
            throw new IllegalArgumentException("position " + position + " is outside a tile of width " + width);
        }
        return new NodeId(level * HEIGHT, index * FULL_WIDTH + position);
    }

    /** The tile path, {@code tile/<L>/<N>[.p/<W>]}. */
    public String path() {
        StringBuilder path = new StringBuilder(PREFIX).append(level).append('/');
        TileIndexPath.appendIndex(path, index);
        TileIndexPath.appendWidth(path, width);
        return path.toString();
    }

    /** Parses a tile path, strictly: the one {@link #path()} would write. Entry bundle paths are refused. */
    public static TileId parsePath(String path) {
        if (!path.startsWith(PREFIX)) {
            throw TileIndexPath.malformed(path, "it starts with tile/");
        }
        int slash = path.indexOf('/', PREFIX.length());
        if (slash < 0) {
            throw TileIndexPath.malformed(path, "it has a level and an index");
        }
        long level = TileIndexPath.parseDecimal(path.substring(PREFIX.length(), slash), path);
        if (level > MAX_LEVEL) {
            throw TileIndexPath.malformed(path, "the level is at most 63");
        }
        long[] indexAndWidth = TileIndexPath.parseIndexAndWidth(path.substring(slash + 1), path);
        return new TileId((int) level, indexAndWidth[0], (int) indexAndWidth[1]);
    }

    /** The width tile ({@code level}, {@code index}) has in a tree of the given size; 0 if it is empty. */
    public static int widthAt(int level, long index, long treeSize) {
        long hashesAtLevel = hashesAtLevel(level, treeSize);
        long before = index * FULL_WIDTH;
        if (hashesAtLevel <= before) {
            return 0;
        }
        return (int) Math.min(FULL_WIDTH, hashesAtLevel - before);
    }

    /**
     * The tile, as it is in a tree of the given size, that holds the node or its descendants of the tile's
     * bottom level from which the node is recomputed.
     *
     * @throws IllegalArgumentException when the node is not complete in a tree of that size
     */
    public static TileId forNode(NodeId node, long treeSize) {
        if (node.endLeaf() > treeSize) {
            throw new IllegalArgumentException("node " + node + " is not complete in a tree of size " + treeSize);
        }
        int level = node.level() / HEIGHT;
        long first = node.index() << (node.level() % HEIGHT);
        long index = first / FULL_WIDTH;
        return new TileId(level, index, widthAt(level, index, treeSize));
    }

    /** The position in its tile of the first bottom-level hash under the node. */
    static int positionOf(NodeId node) {
        return (int) ((node.index() << (node.level() % HEIGHT)) % FULL_WIDTH);
    }

    /**
     * The tile one level up that holds this full tile's root hash, as that tile is in a tree of the given
     * size.
     */
    public TileId parent(long treeSize) {
        if (!isFull()) {
            throw new IllegalStateException("a partial tile is not hashed into the level above: " + this);
        }
        return forNode(new NodeId((level + 1) * HEIGHT, index), treeSize);
    }

    /**
     * The partial tiles of a tree of the given size, lowest level first: the rightmost tile of each level
     * that is not full. Together they hold the tree's right edge.
     */
    public static List<TileId> partialTiles(long treeSize) {
        List<TileId> tiles = new ArrayList<>();
        for (int level = 0; hashesAtLevel(level, treeSize) > 0; level++) {
            long hashes = hashesAtLevel(level, treeSize);
            int width = (int) (hashes % FULL_WIDTH);
            if (width > 0) {
                tiles.add(new TileId(level, hashes / FULL_WIDTH, width));
            }
        }
        return tiles;
    }

    /**
     * The tiles to write when a tree grows from {@code oldSize} to {@code newSize}: every tile, full or
     * partial, whose content in the new tree is not already a tile of the old one; lowest level first.
     */
    public static List<TileId> changedTiles(long oldSize, long newSize) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("a tree cannot grow from " + oldSize + " to " + newSize);
        }
        List<TileId> tiles = new ArrayList<>();
        for (int level = 0; hashesAtLevel(level, newSize) > hashesAtLevel(level, oldSize); level++) {
            long oldHashes = hashesAtLevel(level, oldSize);
            long newHashes = hashesAtLevel(level, newSize);
            for (long index = oldHashes / FULL_WIDTH; index * FULL_WIDTH < newHashes; index++) {
                tiles.add(new TileId(level, index, widthAt(level, index, newSize)));
            }
        }
        return tiles;
    }

    /** The number of complete hashes at the bottom Merkle level of tile level {@code level}. */
    static long hashesAtLevel(int level, long treeSize) {
        int shift = level * HEIGHT;
        return shift >= Long.SIZE ? 0 : treeSize >>> shift;
    }

    @Override
    public String toString() {
        return path();
    }
}
