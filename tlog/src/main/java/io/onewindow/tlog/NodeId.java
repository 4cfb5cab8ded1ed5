package io.onewindow.tlog;

/**
 * The position of a perfect subtree in a Merkle tree: at {@code level} 0 the leaves, and at level
 * {@code l} the node that covers the {@code 2^l} leaves {@code [index·2^l, (index+1)·2^l)}.
 *
 * <p>Only such aligned, complete subtrees have a hash that never changes as the log grows, so they are
 * what storage holds and what {@link HashReader}s are asked for.
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 62) {
            throw new IllegalArgumentException("level must be in [0, 62]: " + level);
        }
        if (index < 0 || index >= (Long.MAX_VALUE >>> level)) {
            throw new IllegalArgumentException("index out of range at level " + level + ": " + index);
        }
    }

    /** Index of the first leaf under this node. */
    public long firstLeaf() {
        return index << level;
    }

    /** Index one past the last leaf under this node: the node is complete in trees at least this big. */
    public long endLeaf() {
        return (index + 1) << level;
    }

    /** The node's position in the dense storage order of {@link StoredHashIndex}. */
    public long storedIndex() {
        return StoredHashIndex.of(this);
    }

    @Override
    public String toString() {
        return "(" + level + ", " + index + ")";
    }
}
