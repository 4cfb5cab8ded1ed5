package io.onewindow.tlog.tiles;

import io.onewindow.tlog.NodeId;
import io.onewindow.tlog.ProofNodes;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a node's hash comes from in a tiled tree: the hashes {@code [from, to)} of one tile, which are the
 * node itself ({@code to - from == 1}) or the bottom of the subtree it is recomputed from.
 *
 * @param tile the tile, with its width in the tree the node was located in
 * @param from first position used
 * @param to   end (exclusive) of the positions used
 */
public record TileSlice(TileId tile, int from, int to) {

    public TileSlice {
        if (from < 0 || to <= from || to > tile.width()) {
            throw new IllegalArgumentException("positions [" + from + ", " + to + ") are not inside tile " + tile);
        }
    }

    /** Locates a node in the tiles of a tree of the given size. */
    public static TileSlice of(NodeId node, long treeSize) {
        TileId tile = TileId.forNode(node, treeSize);
        int from = TileId.positionOf(node);
        return new TileSlice(tile, from, from + (1 << (node.level() % TileId.HEIGHT)));
    }

    /** Locates every node a proof or root needs, in the order of {@link ProofNodes#nodes()}. */
    public static List<TileSlice> of(ProofNodes nodes, long treeSize) {
        List<TileSlice> slices = new ArrayList<>(nodes.nodes().size());
        for (NodeId node : nodes.nodes()) {
            slices.add(of(node, treeSize));
        }
        return slices;
    }
}
