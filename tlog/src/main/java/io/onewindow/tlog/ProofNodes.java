package io.onewindow.tlog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The perfect subtrees whose hashes make up a proof or a root, and how to turn those hashes into it.
 *
 * <p>An RFC 9162 proof (§2.1.3.1 for inclusion, §2.1.4.1 for consistency) lists, from the bottom up, the
 * hashes of the subtrees next to a path. All of them are perfect, stored subtrees except at most one: the
 * part of the tree right of the path at the level where the path meets the tree's right border, which is
 * ragged while the tree is not a power of two. That one is the fold of the perfect subtrees that tile it,
 * {@code nodes[foldFrom, foldTo)}. Knowing the nodes in advance lets a prover read all of them in one
 * batch.
 *
 * @param nodes    the stored subtrees to read, in proof order
 * @param foldFrom start of the run of nodes that are folded into one proof hash
 * @param foldTo   end (exclusive) of that run; equal to {@code foldFrom} when nothing is folded
 */
public record ProofNodes(List<NodeId> nodes, int foldFrom, int foldTo) {

    public ProofNodes {
        nodes = List.copyOf(nodes);
        if (foldFrom < 0 || foldTo < foldFrom || foldTo > nodes.size()) {
            throw new IllegalArgumentException("fold range [" + foldFrom + ", " + foldTo + ") outside " + nodes.size() + " nodes");
        }
    }

    /** The nodes of the inclusion proof for leaf {@code index} in the tree of size {@code treeSize}. */
    public static ProofNodes forInclusion(long index, long treeSize) {
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " is not in a tree of size " + treeSize);
        }
        List<NodeId> nodes = new ArrayList<>(64);
        int[] fold = pathToRoot(index, 0, treeSize, nodes);
        return new ProofNodes(nodes, fold[0], fold[1]);
    }

    /** The nodes of the consistency proof from the tree of size {@code size1} to that of {@code size2}. */
    public static ProofNodes forConsistency(long size1, long size2) {
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("no consistency proof from size " + size1 + " to " + size2);
        }
        if (size1 == size2) {
            return new ProofNodes(List.of(), 0, 0);
        }
        // The last perfect subtree of the old tree starts the proof, unless it is the whole old tree
        // (size1 a power of two), whose root the verifier has (RFC 9162 §2.1.4.1, SUBPROOF's b flag);
        // the rest is that subtree's path up to the new root.
        int level = Long.numberOfTrailingZeros(size1);
        long index = (size1 - 1) >>> level;
        List<NodeId> nodes = new ArrayList<>(64);
        if (index != 0) {
            nodes.add(new NodeId(level, index));
        }
        int[] fold = pathToRoot(index, level, size2, nodes);
        return new ProofNodes(nodes, fold[0], fold[1]);
    }

    /** The nodes whose fold is the root of the tree of size {@code treeSize}: its right edge. */
    public static ProofNodes forRoot(long treeSize) {
        List<NodeId> nodes = rightEdge(treeSize);
        return new ProofNodes(nodes, 0, nodes.size());
    }

    /**
     * The perfect subtrees that make up a tree of size {@code treeSize}, largest (leftmost) first: one per
     * set bit of the size. They are all a compact range needs to go on appending.
     */
    public static List<NodeId> rightEdge(long treeSize) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + treeSize);
        }
        List<NodeId> nodes = new ArrayList<>(Long.bitCount(treeSize));
        appendRange(0, treeSize, nodes);
        return nodes;
    }

    /** The number of hashes in the inclusion proof for leaf {@code index} in a tree of size {@code treeSize}. */
    public static int inclusionProofSize(long index, long treeSize) {
        long last = treeSize - 1;
        int inner = 64 - Long.numberOfLeadingZeros(index ^ last);
        return inner + Long.bitCount(last >>> inner);
    }

    /** The number of hashes in the consistency proof from size {@code size1} to size {@code size2}. */
    public static int consistencyProofSize(long size1, long size2) {
        if (size1 == size2) {
            return 0;
        }
        int level = Long.numberOfTrailingZeros(size1);
        long index = (size1 - 1) >>> level;
        long last = (size2 - 1) >>> level;
        int inner = 64 - Long.numberOfLeadingZeros(index ^ last);
        return (index != 0 ? 1 : 0) + inner + Long.bitCount(last >>> inner);
    }

    /**
     * Turns the hashes of {@link #nodes()}, in the same order, into the proof: the hashes outside the fold
     * range as they are, the fold range as one hash.
     */
    public List<byte[]> assemble(List<byte[]> hashes, MerkleHasher hasher) {
        if (hashes.size() != nodes.size()) {
            throw new IllegalArgumentException("expected " + nodes.size() + " hashes, got " + hashes.size());
        }
        if (foldTo - foldFrom < 2) {
            return hashes;
        }
        List<byte[]> proof = new ArrayList<>(nodes.size() - (foldTo - foldFrom) + 1);
        proof.addAll(hashes.subList(0, foldFrom));
        proof.add(fold(hashes.subList(foldFrom, foldTo), hasher));
        proof.addAll(hashes.subList(foldTo, hashes.size()));
        return Collections.unmodifiableList(proof);
    }

    /**
     * Folds adjacent perfect subtrees, largest first, into the hash of the subtree they make up together,
     * the way RFC 9162 §2.1.1 hashes a ragged right border: from the right.
     */
    public static byte[] fold(List<byte[]> hashes, MerkleHasher hasher) {
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("nothing to fold");
        }
        byte[] hash = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            hash = hasher.hashChildren(hashes.get(i), hash);
        }
        return hash;
    }

    /**
     * Appends the nodes next to the path from node (level, index) up to the root of the tree of size
     * {@code treeSize}, bottom up, and returns the fold range.
     */
    private static int[] pathToRoot(long index, int level, long treeSize, List<NodeId> out) {
        long last = (treeSize - 1) >>> level;
        // Below level `inner` the paths to this node and to the last leaf are apart, so every sibling
        // exists; the sibling at the top of that stretch holds the last leaf and may be ragged.
        int inner = 64 - Long.numberOfLeadingZeros(index ^ last);
        int foldFrom = out.size();
        int foldTo = foldFrom;
        for (int i = 0; i < inner; i++) {
            long sibling = (index >>> i) ^ 1;
            int siblingLevel = level + i;
            if (i == inner - 1) {
                long first = sibling << siblingLevel;
                if (treeSize - first < (1L << siblingLevel)) {
                    foldFrom = out.size();
                    appendRange(first, treeSize, out);
                    foldTo = out.size();
                    continue;
                }
            }
            out.add(new NodeId(siblingLevel, sibling));
        }
        // From there up the path runs along the right border, where only left siblings exist.
        for (int i = inner; (last >>> i) != 0; i++) {
            if (((last >>> i) & 1) == 1) {
                out.add(new NodeId(level + i, (last >>> i) - 1));
            }
        }
        return new int[] {foldFrom, foldTo};
    }

    /** Appends the perfect subtrees that tile leaves [begin, end), largest first; begin is aligned enough. */
    private static void appendRange(long begin, long end, List<NodeId> out) {
        long size = end - begin;
        long position = begin;
        for (int level = 63 - Long.numberOfLeadingZeros(size); level >= 0 && size > 0; level--) {
            if ((size & (1L << level)) != 0) {
                out.add(new NodeId(level, position >>> level));
                position += 1L << level;
            }
        }
    }
}
