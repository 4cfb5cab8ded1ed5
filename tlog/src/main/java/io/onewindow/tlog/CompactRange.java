package io.onewindow.tlog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The right edge of a growing Merkle tree: the root hashes of the perfect subtrees that make up the first
 * {@code size} leaves, one per set bit of the size. That is all it takes to append more leaves and to
 * compute the root at any moment, so a sequencer keeps or restores only these O(log n) hashes, never the
 * whole tree.
 *
 * <p>Not thread-safe; it owns its {@link MerkleHasher}.
 */
public final class CompactRange {

    private static final int MAX_LEVELS = 63;

    private final MerkleHasher hasher = new MerkleHasher();
    // edge[level] is the subtree at that level when bit `level` of size is set, otherwise null.
    private final byte[][] edge = new byte[MAX_LEVELS][];
    private long size;

    private CompactRange() {
    }

    /** A compact range of the empty tree. */
    public static CompactRange empty() {
        return new CompactRange();
    }

    /**
     * Restores the compact range of a tree of size {@code size} from the hashes of its
     * {@linkplain ProofNodes#rightEdge(long) right edge}, largest subtree first.
     */
    public static CompactRange restore(long size, List<byte[]> rightEdgeHashes) {
        List<NodeId> nodes = ProofNodes.rightEdge(size);
        if (rightEdgeHashes.size() != nodes.size()) {
            throw new IllegalArgumentException("a tree of size " + size + " has " + nodes.size()
                    + " right-edge subtrees, got " + rightEdgeHashes.size() + " hashes");
        }
        CompactRange range = new CompactRange();
        for (int i = 0; i < nodes.size(); i++) {
            byte[] hash = rightEdgeHashes.get(i);
            if (hash.length != MerkleHasher.HASH_SIZE) {
                throw new IllegalArgumentException("right-edge hash " + i + " is not " + MerkleHasher.HASH_SIZE + " bytes");
            }
            range.edge[nodes.get(i).level()] = hash.clone();
        }
        range.size = size;
        return range;
    }

    /** Restores the compact range of a tree of size {@code size}, reading its right edge in one call. */
    public static CompactRange restore(long size, HashReader reader) throws IOException {
        List<NodeId> nodes = ProofNodes.rightEdge(size);
        List<byte[]> hashes = nodes.isEmpty() ? List.of() : reader.readHashes(nodes);
        if (hashes.size() != nodes.size()) {
            throw new IOException("asked for " + nodes.size() + " hashes, the reader returned " + hashes.size());
        }
        return restore(size, hashes);
    }

    /** The number of leaves appended so far, including those restored. */
    public long size() {
        return size;
    }

    /** Appends a leaf hash. */
    public void append(byte[] leafHash) {
        append(leafHash, NodeVisitor.NONE);
    }

    /** Appends a leaf hash and tells {@code visitor} about the leaf and every subtree it completes. */
    public void append(byte[] leafHash, NodeVisitor visitor) {
        if (leafHash.length != MerkleHasher.HASH_SIZE) {
            throw new IllegalArgumentException("a leaf hash has " + MerkleHasher.HASH_SIZE + " bytes, not " + leafHash.length);
        }
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("the tree is full");
        }
        byte[] hash = leafHash.clone();
        visitor.visit(0, size, hash);
        int level = 0;
        // Like a binary increment: every set low bit of size is a subtree the new one merges with.
        while (((size >>> level) & 1) == 1) {
            byte[] parent = new byte[MerkleHasher.HASH_SIZE];
            hasher.hashChildren(edge[level], 0, hash, 0, parent, 0);
            edge[level] = null;
            hash = parent;
            level++;
            visitor.visit(level, size >>> level, hash);
        }
        edge[level] = hash;
        size++;
    }

    /** Appends leaf hashes in order. */
    public void appendAll(List<byte[]> leafHashes, NodeVisitor visitor) {
        for (byte[] leafHash : leafHashes) {
            append(leafHash, visitor);
        }
    }

    /** Hashes an entry as a leaf (RFC 9162 §2.1.1) and appends it. */
    public void appendEntry(byte[] entry, NodeVisitor visitor) {
        append(hasher.hashLeaf(entry), visitor);
    }

    /** The root hash of the tree of the current size. */
    public byte[] rootHash() {
        if (size == 0) {
            return MerkleHasher.emptyRoot();
        }
        int level = Long.numberOfTrailingZeros(size);
        byte[] hash = edge[level].clone();
        for (level++; level < MAX_LEVELS; level++) {
            if (edge[level] != null) {
                hasher.hashChildren(edge[level], 0, hash, 0, hash, 0);
            }
        }
        return hash;
    }

    /** The hashes of the right edge, largest subtree first, as {@link #restore(long, List)} takes them. */
    public List<byte[]> rightEdgeHashes() {
        List<byte[]> hashes = new ArrayList<>(Long.bitCount(size));
        for (int level = MAX_LEVELS - 1; level >= 0; level--) {
            if (edge[level] != null) {
                hashes.add(edge[level].clone());
            }
        }
        return hashes;
    }

    /** An independent copy, for trying out appends without changing this range. */
    public CompactRange copy() {
        CompactRange copy = new CompactRange();
        System.arraycopy(edge, 0, copy.edge, 0, MAX_LEVELS);
        copy.size = size;
        return copy;
    }
}
