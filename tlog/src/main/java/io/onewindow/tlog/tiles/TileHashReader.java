package io.onewindow.tlog.tiles;

import io.onewindow.tlog.HashReader;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.NodeId;
import io.onewindow.tlog.ProofNodes;
import io.onewindow.tlog.TreeHead;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads subtree hashes of a tree of fixed size from its tiles, fetching all tiles one request needs in a
 * single {@link TileReader#readTiles} call, so that a proof costs one round trip and O(log n) tiles.
 *
 * <p>A {@linkplain #verifying verifying} reader trusts only a tree head (from a verified checkpoint) and
 * authenticates every tile before using it, as Go's {@code sumdb/tlog.TileHashReader} does: the partial
 * tiles of the tree's right edge must lead to the trusted root, and each full tile must hash to the entry
 * for it in its parent tile, up to a tile already authenticated. The extra tiles are few (at most one
 * partial tile per level) and are fetched in the same call. A {@linkplain #trusting trusting} reader is
 * for the log's own storage.
 */
public final class TileHashReader implements HashReader {

    private final long treeSize;
    private final byte[] trustedRoot;
    private final TileReader tiles;

    private TileHashReader(long treeSize, byte[] trustedRoot, TileReader tiles) {
        this.treeSize = treeSize;
        this.trustedRoot = trustedRoot;
        this.tiles = tiles;
    }

    /** A reader that checks every tile against the given tree head. */
    public static TileHashReader verifying(TreeHead head, TileReader tiles) {
        return new TileHashReader(head.size(), head.rootHash(), tiles);
    }

    /** A reader that takes tiles as they come, for a log reading its own storage. */
    public static TileHashReader trusting(long treeSize, TileReader tiles) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + treeSize);
        }
        return new TileHashReader(treeSize, null, tiles);
    }

    /** The size of the tree this reader reads. */
    public long treeSize() {
        return treeSize;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a node is not complete in the tree of this reader's size
     * @throws InvalidTileException     when a tile has the wrong length or does not authenticate
     */
    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) throws IOException {
        if (nodes.isEmpty()) {
            return List.of();
        }
        Set<TileId> needed = new LinkedHashSet<>();
        for (NodeId node : nodes) {
            needed.add(TileId.forNode(node, treeSize));
        }
        if (trustedRoot != null) {
            addTilesThatAuthenticate(needed);
        }
        Map<TileId, TileHashes> fetched = fetch(new ArrayList<>(needed));
        MerkleHasher hasher = MerkleHasher.forCurrentThread();
        if (trustedRoot != null) {
            authenticate(fetched, hasher);
        }
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            hashes.add(fetched.get(TileId.forNode(node, treeSize)).hash(node, hasher));
        }
        return hashes;
    }

    private void addTilesThatAuthenticate(Set<TileId> needed) {
        List<TileId> asked = new ArrayList<>(needed);
        needed.addAll(TileId.partialTiles(treeSize));
        for (TileId tile : asked) {
            while (tile.isFull()) {
                tile = tile.parent(treeSize);
                if (!needed.add(tile)) {
                    break;
                }
            }
        }
    }

    private Map<TileId, TileHashes> fetch(List<TileId> wanted) throws IOException {
        List<byte[]> data = tiles.readTiles(wanted);
        if (data.size() != wanted.size()) {
            throw new IOException("asked for " + wanted.size() + " tiles, the reader returned " + data.size());
        }
        Map<TileId, TileHashes> fetched = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            fetched.put(wanted.get(i), new TileHashes(wanted.get(i), data.get(i)));
        }
        return fetched;
    }

    private void authenticate(Map<TileId, TileHashes> fetched, MerkleHasher hasher) throws InvalidTileException {
        List<byte[]> rightEdge = new ArrayList<>();
        for (NodeId node : ProofNodes.rightEdge(treeSize)) {
            rightEdge.add(fetched.get(TileId.forNode(node, treeSize)).hash(node, hasher));
        }
        byte[] root = ProofNodes.fold(rightEdge, hasher);
        if (!MessageDigest.isEqual(root, trustedRoot)) {
            throw new InvalidTileException("the partial tiles of a tree of size " + treeSize + " do not lead to its trusted root");
        }
        for (TileHashes tile : fetched.values()) {
            if (tile.tile().isFull()) {
                TileId parentId = tile.tile().parent(treeSize);
                NodeId node = new NodeId((tile.tile().level() + 1) * TileId.HEIGHT, tile.tile().index());
                byte[] expected = fetched.get(parentId).hash(node, hasher);
                if (!MessageDigest.isEqual(tile.rootHash(hasher), expected)) {
                    throw new InvalidTileException("tile " + tile.tile() + " does not match its entry in tile " + parentId);
                }
            }
        }
    }
}
