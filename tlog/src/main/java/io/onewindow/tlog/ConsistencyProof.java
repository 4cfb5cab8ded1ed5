package io.onewindow.tlog;

import java.util.List;

/**
 * An RFC 9162 §2.1.4 consistency proof: the hashes that show the tree of size {@code size1} is a prefix of
 * the tree of size {@code size2}.
 */
public record ConsistencyProof(long size1, long size2, List<byte[]> hashes) {

    public ConsistencyProof {
        hashes = Hashes.copyOf(hashes);
    }

    @Override
    public List<byte[]> hashes() {
        return Hashes.copyOf(hashes);
    }

    /** Checks the proof against the root hashes of the two trees. */
    public void verify(byte[] rootHash1, byte[] rootHash2) throws InvalidProofException {
        ProofVerifier.verifyConsistency(size1, size2, hashes, rootHash1, rootHash2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsistencyProof that && size1 == that.size1 && size2 == that.size2
                && Hashes.equal(hashes, that.hashes);
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(size1) * 31 + Long.hashCode(size2)) * 31 + Hashes.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "ConsistencyProof[size1=" + size1 + ", size2=" + size2 + ", hashes=" + Hashes.base64(hashes) + "]";
    }
}
