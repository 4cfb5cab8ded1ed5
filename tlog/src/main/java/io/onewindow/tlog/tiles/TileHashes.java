package io.onewindow.tlog.tiles;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.NodeId;

/**
 * The subtree of height 8 that one tile stands for: its hashes at the bottom and every complete node
 * above them, recomputed level by level the first time a level is asked for.
 */
final class TileHashes {

    private static final int HASH = MerkleHasher.HASH_SIZE;

    private final TileId tile;
    // levels[k] holds the (width >> k) complete nodes k levels above the tile's bottom.
    private final byte[][] levels = new byte[TileId.HEIGHT + 1][];

    TileHashes(TileId tile, byte[] data) throws InvalidTileException {
        if (data == null || data.length != tile.byteSize()) {
            throw new InvalidTileException("tile " + tile + " must have " + tile.byteSize() + " bytes, has "
                    + (data == null ? "none" : data.length));
        }
        this.tile = tile;
        this.levels[0] = data;
    }

    TileId tile() {
        return tile;
    }

    /** The hash of a node that lies in this tile. */
    byte[] hash(NodeId node, MerkleHasher hasher) {
        int subLevel = node.level() - tile.level() * TileId.HEIGHT;
        int position = TileId.positionOf(node) >> subLevel;
        byte[] level = level(subLevel, hasher);
        byte[] hash = new byte[HASH];
        System.arraycopy(level, position * HASH, hash, 0, HASH);
        return hash;
    }

    /** The hash of the whole subtree of a full tile: the node it contributes to the tile level above. */
    byte[] rootHash(MerkleHasher hasher) {
        return level(TileId.HEIGHT, hasher).clone();
    }

    private byte[] level(int subLevel, MerkleHasher hasher) {
        for (int k = 1; k <= subLevel; k++) {
            if (levels[k] == null) {
                byte[] below = levels[k - 1];
                int count = tile.width() >> k;
                byte[] above = new byte[count * HASH];
                for (int i = 0; i < count; i++) {
                    hasher.hashChildren(below, 2 * i * HASH, below, (2 * i + 1) * HASH, above, i * HASH);
                }
                levels[k] = above;
            }
        }
        return levels[subLevel];
    }
}
