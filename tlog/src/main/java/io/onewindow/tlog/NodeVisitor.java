package io.onewindow.tlog;

/**
 * Told about each subtree hash when it becomes final, as a {@link CompactRange} grows: first the appended
 * leaf (level 0), then every perfect subtree that leaf completes, lowest level first. That is exactly the
 * order of {@link StoredHashIndex}, and all a writer of stored hashes or tiles needs.
 */
@FunctionalInterface
public interface NodeVisitor {

    /** Receives a final node hash; the array must not be modified. */
    void visit(int level, long index, byte[] hash);

    /** A visitor that ignores everything. */
    NodeVisitor NONE = (level, index, hash) -> { };
}
