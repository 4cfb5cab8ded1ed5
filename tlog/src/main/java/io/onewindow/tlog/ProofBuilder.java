package io.onewindow.tlog;

import java.io.IOException;
import java.util.List;

/**
 * Builds root hashes, inclusion proofs and consistency proofs from stored subtree hashes. Each call reads
 * all the hashes it needs with a single {@link HashReader#readHashes} call: O(log n) hashes, in one batch.
 */
public final class ProofBuilder {

    private final HashReader reader;

    public ProofBuilder(HashReader reader) {
        this.reader = reader;
    }

    /** The root hash of the tree of the given size. */
    public byte[] rootHash(long treeSize) throws IOException {
        if (treeSize == 0) {
            return MerkleHasher.emptyRoot();
        }
        ProofNodes nodes = ProofNodes.forRoot(treeSize);
        return ProofNodes.fold(read(nodes), MerkleHasher.forCurrentThread());
    }

    /** The proof that leaf {@code index} is in the tree of size {@code treeSize}. */
    public InclusionProof inclusionProof(long index, long treeSize) throws IOException {
        ProofNodes nodes = ProofNodes.forInclusion(index, treeSize);
        return new InclusionProof(index, treeSize, nodes.assemble(read(nodes), MerkleHasher.forCurrentThread()));
    }

    /** The proof that the tree of size {@code size1} is a prefix of the tree of size {@code size2}. */
    public ConsistencyProof consistencyProof(long size1, long size2) throws IOException {
        ProofNodes nodes = ProofNodes.forConsistency(size1, size2);
        return new ConsistencyProof(size1, size2, nodes.assemble(read(nodes), MerkleHasher.forCurrentThread()));
    }

    private List<byte[]> read(ProofNodes nodes) throws IOException {
        if (nodes.nodes().isEmpty()) {
            return List.of();
        }
        List<byte[]> hashes = reader.readHashes(nodes.nodes());
        if (hashes.size() != nodes.nodes().size()) {
            throw new IOException("asked for " + nodes.nodes().size() + " hashes, the reader returned " + hashes.size());
        }
        for (byte[] hash : hashes) {
            if (hash == null || hash.length != MerkleHasher.HASH_SIZE) {
                throw new IOException("the reader returned a hash that is not " + MerkleHasher.HASH_SIZE + " bytes");
            }
        }
        return hashes;
    }
}
