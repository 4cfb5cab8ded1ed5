package io.onewindow.tlog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole Merkle tree held in memory: every perfect subtree hash, level by level. It answers roots and
 * proofs for any size up to its own, which makes it the reference for tests and enough for small logs;
 * large logs keep their hashes in storage and use {@link ProofBuilder} with a {@link HashReader} on it.
 *
 * <p>Not thread-safe.
 */
public final class InMemoryMerkleTree implements HashReader {

    private final List<List<byte[]>> levels = new ArrayList<>();
    private final CompactRange range = CompactRange.empty();
    private final ProofBuilder prover = new ProofBuilder(this);
    private final NodeVisitor store = (level, index, hash) -> {
        if (level == levels.size()) {
            levels.add(new ArrayList<>());
        }
        levels.get(level).add(hash);
    };

    /** A tree of the given leaf hashes, in order. */
    public static InMemoryMerkleTree ofLeafHashes(List<byte[]> leafHashes) {
        InMemoryMerkleTree tree = new InMemoryMerkleTree();
        leafHashes.forEach(tree::appendLeafHash);
        return tree;
    }

    /** Appends a leaf by its hash. */
    public void appendLeafHash(byte[] leafHash) {
        range.append(leafHash, store);
    }

    /** Appends an entry, hashed as a leaf. */
    public void appendEntry(byte[] entry) {
        range.appendEntry(entry, store);
    }

    /** The number of leaves. */
    public long size() {
        return range.size();
    }

    /** The root hash at the current size. */
    public byte[] rootHash() {
        return range.rootHash();
    }

    /** The root hash the tree had when it was {@code treeSize} leaves big. */
    public byte[] rootHash(long treeSize) {
        requireSize(treeSize);
        return unchecked(() -> prover.rootHash(treeSize));
    }

    /** The proof that leaf {@code index} is in the tree of size {@code treeSize}. */
    public InclusionProof inclusionProof(long index, long treeSize) {
        requireSize(treeSize);
        return unchecked(() -> prover.inclusionProof(index, treeSize));
    }

    /** The proof that the tree of size {@code size1} is a prefix of that of size {@code size2}. */
    public ConsistencyProof consistencyProof(long size1, long size2) {
        requireSize(size2);
        return unchecked(() -> prover.consistencyProof(size1, size2));
    }

    /** The hash of one stored node. */
    public byte[] hash(NodeId node) {
        if (node.level() >= levels.size() || node.index() >= levels.get(node.level()).size()) {
            throw new IllegalArgumentException("node " + node + " is not complete in a tree of size " + size());
        }
        return levels.get(node.level()).get((int) node.index()).clone();
    }

    @Override
    public List<byte[]> readHashes(List<NodeId> nodes) {
        List<byte[]> hashes = new ArrayList<>(nodes.size());
        for (NodeId node : nodes) {
            hashes.add(hash(node));
        }
        return hashes;
    }

    private void requireSize(long treeSize) {
        if (treeSize < 0 || treeSize > size()) {
            throw new IllegalArgumentException("tree size " + treeSize + " is not in [0, " + size() + "]");
        }
    }

    private interface ProofStep<T> {
        T run() throws IOException;
    }

    private static <T> T unchecked(ProofStep<T> step) {
        try {
            return step.run();
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
    }
}
