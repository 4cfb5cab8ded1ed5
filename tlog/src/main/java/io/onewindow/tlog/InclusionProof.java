package io.onewindow.tlog;

import java.util.List;

/**
 * An RFC 9162 §2.1.3 inclusion proof: the hashes that lead from the leaf at {@code leafIndex} to the root
 * of the tree of size {@code treeSize}, bottom up.
 */
public record InclusionProof(long leafIndex, long treeSize, List<byte[]> hashes) {

    public InclusionProof {
        hashes = Hashes.copyOf(hashes);
    }

    @Override
    public List<byte[]> hashes() {
        return Hashes.copyOf(hashes);
    }

    /** Checks the proof for the leaf with hash {@code leafHash} against the tree's root hash. */
    public void verify(byte[] leafHash, byte[] rootHash) throws InvalidProofException {
        ProofVerifier.verifyInclusion(leafIndex, treeSize, leafHash, hashes, rootHash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InclusionProof that && leafIndex == that.leafIndex && treeSize == that.treeSize
                && Hashes.equal(hashes, that.hashes);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(leafIndex) * 31 + Long.hashCode(treeSize)) * 31 + Hashes.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "InclusionProof[leafIndex=" + leafIndex + ", treeSize=" + treeSize + ", hashes=" + Hashes.base64(hashes) + "]";
    }
}
