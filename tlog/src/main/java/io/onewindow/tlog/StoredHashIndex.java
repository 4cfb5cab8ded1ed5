package io.onewindow.tlog;

/**
 * A dense, append-only numbering of all perfect-subtree hashes of a log: the hashes are numbered in the
 * order they become known as leaves are appended, each leaf hash followed by the hashes of the subtrees
 * it completes (Crosby and Wallach, "Efficient Data Structures for Tamper-Evident Logging", §3.3; the
 * same numbering as Go's {@code golang.org/x/mod/sumdb/tlog}). Storage that keeps hashes in one
 * sequence can write them at these positions and never rewrite one.
 */
public final class StoredHashIndex {

    private StoredHashIndex() {
    }

    /** Returns the stored index of a node; nodes of trees beyond 2^62 leaves have none (ArithmeticException). */
    public static long of(NodeId node) {
        // A node at level l is stored right after the rightmost leaf under it, after its l - 1 ancestors
        // completed by that same leaf on the levels below: so count from that leaf and add the level.
        long lastLeaf = ((node.index() + 1) << node.level()) - 1;
        return hashesStoredBeforeLeaf(lastLeaf) + node.level();
    }

    /** Returns the node stored at the given index. */
    public static NodeId split(long storedIndex) {
        if (storedIndex < 0) {
            throw new IllegalArgumentException("stored index must not be negative: " + storedIndex);
        }
        // Leaf n is stored at 2n - popcount(n), which lies within [storedIndex - 63, storedIndex] for the
        // leaf that completed the node, so search upwards from storedIndex / 2.
        long leaf = storedIndex / 2;
        while (hashesStoredBeforeLeaf(leaf + 1) <= storedIndex) {
            leaf++;
        }
        int level = (int) (storedIndex - hashesStoredBeforeLeaf(leaf));
        return new NodeId(level, leaf >>> level);
    }

    /** Returns how many hashes are stored for a tree of the given size. */
    public static long count(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + treeSize);
        }
        return hashesStoredBeforeLeaf(treeSize);
    }

    // Leaf n completes as many subtrees as n + 1 has trailing zero bits, so leaves 0..n-1 stored
    // sum over k < n of (1 + tz(k + 1)) = 2n - popcount(n) hashes.
    private static long hashesStoredBeforeLeaf(long leaf) {
        return Math.multiplyExact(2, leaf) - Long.bitCount(leaf);
    }
}
