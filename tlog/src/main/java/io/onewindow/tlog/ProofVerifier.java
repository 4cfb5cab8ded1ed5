package io.onewindow.tlog;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verifies inclusion and consistency proofs with the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2.
 *
 * <p>Verification is strict: an index outside the tree, a first size above the second, a hash that is
 * not 32 bytes, or a proof with one hash too many or too few is rejected before any hashing, and every
 * failure is an {@link InvalidProofException} saying why.
 */
public final class ProofVerifier {

    private ProofVerifier() {
    }

    /**
     * Checks that {@code proof} proves the leaf with hash {@code leafHash} is at {@code index} in the tree
     * of size {@code treeSize} whose root is {@code rootHash}.
     */
    public static void verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] rootHash)
            throws InvalidProofException {
        requireHashSize(rootHash, "root hash");
        byte[] computed = rootFromInclusionProof(index, treeSize, leafHash, proof);
        if (!MessageDigest.isEqual(computed, rootHash)) {
            throw new InvalidProofException("inclusion proof leads to " + Hashes.base64(computed)
                    + ", not to the root " + Hashes.base64(rootHash));
        }
    }

    /**
     * Runs an inclusion proof (RFC 9162 §2.1.3.2, steps 1-4) and returns the root it leads to, for callers
     * that learn the root only afterwards.
     */
    public static byte[] rootFromInclusionProof(long index, long treeSize, byte[] leafHash, List<byte[]> proof)
            throws InvalidProofException {
        if (index < 0 || treeSize < 0 || index >= treeSize) {
            throw new InvalidProofException("leaf index " + index + " is not in a tree of size " + treeSize);
        }
        requireHashSize(leafHash, "leaf hash");
        int expected = ProofNodes.inclusionProofSize(index, treeSize);
        requireProofSize(proof, expected);
        MerkleHasher hasher = MerkleHasher.forCurrentThread();
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new InvalidProofException("inclusion proof is longer than the path to the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.hashChildren(p, r);
                // Right border: skip the levels where this node has no right sibling (RFC 9162 §2.1.3.2 step 4.2).
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = hasher.hashChildren(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException("inclusion proof ends below the root");
        }
        return r;
    }

    /**
     * Checks that {@code proof} proves the tree of size {@code size1} with root {@code root1} is a prefix of
     * the tree of size {@code size2} with root {@code root2}.
     *
     * <p>RFC 9162 §2.1.4.2 defines verification for {@code 0 < size1 < size2}. For equal sizes the proof
     * must be empty and the two roots identical. A proof from size 0 is rejected: every tree extends the
     * empty one, so such a request can only come from a confused caller, and the shared test vectors
     * (transparency-dev/merkle) expect it to fail.
     */
    public static void verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
            throws InvalidProofException {
        if (size1 < 0 || size2 < 0) {
            throw new InvalidProofException("tree sizes must not be negative: " + size1 + ", " + size2);
        }
        if (size1 > size2) {
            throw new InvalidProofException("first tree size " + size1 + " is larger than second " + size2);
        }
        if (size1 == 0) {
            throw new InvalidProofException("a consistency proof from the empty tree proves nothing");
        }
        if (size1 == size2) {
            if (!proof.isEmpty()) {
                throw new InvalidProofException("trees of equal size need an empty proof, got " + proof.size() + " hashes");
            }
            if (!MessageDigest.isEqual(root1, root2)) {
                throw new InvalidProofException("trees of equal size " + size1 + " have different roots");
            }
            return;
        }
        requireHashSize(root1, "first root hash");
        requireHashSize(root2, "second root hash");
        requireProofSize(proof, ProofNodes.consistencyProofSize(size1, size2));

        MerkleHasher hasher = MerkleHasher.forCurrentThread();
        // Steps 2-5: if size1 is a power of two its root is the first hash of the path.
        int start = Long.bitCount(size1) == 1 ? -1 : 0;
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = start < 0 ? root1 : proof.get(0);
        byte[] sr = fr;
        for (int i = start + 1; i < proof.size(); i++) {
            byte[] c = proof.get(i);
            if (sn == 0) {
                throw new InvalidProofException("consistency proof is longer than the path to the root");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hasher.hashChildren(c, fr);
                sr = hasher.hashChildren(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = hasher.hashChildren(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new InvalidProofException("consistency proof ends below the root");
        }
        if (!MessageDigest.isEqual(fr, root1)) {
            throw new InvalidProofException("consistency proof does not lead to the first root");
        }
        if (!MessageDigest.isEqual(sr, root2)) {
            throw new InvalidProofException("consistency proof does not lead to the second root");
        }
    }

    private static void requireProofSize(List<byte[]> proof, int expected) throws InvalidProofException {
        if (proof.size() != expected) {
            throw new InvalidProofException("proof has " + proof.size() + " hashes, expected " + expected);
        }
        for (int i = 0; i < proof.size(); i++) {
            requireHashSize(proof.get(i), "proof hash " + i);
        }
    }

    private static void requireHashSize(byte[] hash, String what) throws InvalidProofException {
        if (hash == null || hash.length != MerkleHasher.HASH_SIZE) {
            throw new InvalidProofException(what + " must have " + MerkleHasher.HASH_SIZE + " bytes, has "
                    + (hash == null ? "none" : hash.length));
        }
    }
}
