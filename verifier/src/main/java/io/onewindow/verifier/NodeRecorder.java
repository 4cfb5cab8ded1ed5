package io.onewindow.verifier;

import io.onewindow.tlog.HashReader;
import io.onewindow.tlog.NodeId;
import io.onewindow.tlog.NodeVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the hashes of a few chosen nodes as a tree is rebuilt, so that a proof over the rebuilt tree
 * can be built afterwards without keeping the whole tree: O(log n) hashes instead of every node.
 */
final class NodeRecorder implements NodeVisitor, HashReader {

    private final Set<NodeId> wanted;
    private final long levels;
    private final Map<NodeId, byte[]> recorded = new HashMap<>();

    NodeRecorder(List<NodeId> wanted) {
        this.wanted = Set.copyOf(wanted);
        long mask = 0;
        for (NodeId node : wanted) {
            mask |= 1L << node.level();
        }
        this.levels = mask;
    }

    @Override
    public void visit(int level, long index, byte[] hash) {
        // Most visits are on levels with nothing wanted; they are skipped without allocating.
        if ((levels >>> level & 1) == 1) {
            NodeId node = new NodeId(level, index);
            if (wanted.contains(node)) {
                recorded.put(node, hash.clone());
            }
        }
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) {
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            byte[] hash = recorded.get(node);
            if (hash == null) {
                throw new IllegalStateException("node " + node + " was not recorded while the tree was rebuilt");
            }
            hashes.add(hash.clone());
        }
        return hashes;
    }
}
