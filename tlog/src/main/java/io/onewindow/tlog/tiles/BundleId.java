package io.onewindow.tlog.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coordinates of an entry bundle (C2SP tlog-tiles, "Log entries"): bundle {@code index} holds the
 * {@code width} entries from {@code index·256}, the same span as level-0 tile {@code index}.
 */
public record BundleId(long index, int width) {

    private static final String PREFIX = "tile/entries/";

    public BundleId {
        if (index < 0) {
            throw new IllegalArgumentException("bundle index must not be negative: " + index);
        }
        if (width < 1 || width > TileId.FULL_WIDTH) {
            throw new IllegalArgumentException("bundle width must be in [1, 256]: " + width);
        }
    }

    /** True for a bundle of all 256 entries. */
    public boolean isFull() {
        return width == TileId.FULL_WIDTH;
    }

    /** Index of the first entry in the bundle. */
    public long firstEntry() {
        return index * TileId.FULL_WIDTH;
    }

    /** The level-0 tile whose hashes are the leaf hashes of this bundle's entries. */
    public TileId tile() {
        return new TileId(0, index, width);
    }

    /** The bundle path, {@code tile/entries/<N>[.p/<W>]}. */
    public String path() {
        StringBuilder path = new StringBuilder(PREFIX);
        TileIndexPath.appendIndex(path, index);
        TileIndexPath.appendWidth(path, width);
        return path.toString();
    }

    /** Parses an entry bundle path, strictly. */
    public static BundleId parsePath(String path) {
        if (!path.startsWith(PREFIX)) {
            throw TileIndexPath.malformed(path, "it starts with tile/entries/");
        }
        long[] indexAndWidth = TileIndexPath.parseIndexAndWidth(path.substring(PREFIX.length()), path);
        return new BundleId(indexAndWidth[0], (int) indexAndWidth[1]);
    }

    /** The bundle, as it is in a tree of the given size, that holds the entry with the given index. */
    public static BundleId containing(long entryIndex, long treeSize) {
        if (entryIndex < 0 || entryIndex >= treeSize) {
            throw new IllegalArgumentException("entry " + entryIndex + " is not in a tree of size " + treeSize);
        }
        long index = entryIndex / TileId.FULL_WIDTH;
        return new BundleId(index, TileId.widthAt(0, index, treeSize));
    }

    /** The partial bundle of a tree of the given size, if its size is not a multiple of 256. */
    public static Optional<BundleId> partial(long treeSize) {
        int width = (int) (treeSize % TileId.FULL_WIDTH);
        return width == 0 ? Optional.empty() : Optional.of(new BundleId(treeSize / TileId.FULL_WIDTH, width));
    }

    /** The bundles to write when a tree grows from {@code oldSize} to {@code newSize}. */
    public static List<BundleId> changedBundles(long oldSize, long newSize) {
        List<BundleId> bundles = new ArrayList<>();
        for (TileId tile : TileId.changedTiles(oldSize, newSize)) {
            if (tile.level() == 0) {
                bundles.add(new BundleId(tile.index(), tile.width()));
            }
        }
        return bundles;
    }

    @Override
    public String toString() {
        return path();
    }
}
