package io.onewindow.tlog;

import java.util.Arrays;

/**
 * The size and root hash of a log's Merkle tree at one moment (RFC 9162 §2.1.1's MTH over the first
 * {@code size} entries): what a checkpoint commits to and what proofs are checked against.
 */
public record TreeHead(long size, byte[] rootHash) {

    public TreeHead {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + size);
        }
        if (rootHash.length != MerkleHasher.HASH_SIZE) {
            throw new IllegalArgumentException("a root hash has " + MerkleHasher.HASH_SIZE + " bytes, not " + rootHash.length);
        }
        rootHash = rootHash.clone();
    }

    /** The head of the empty tree. */
    public static TreeHead empty() {
        return new TreeHead(0, MerkleHasher.emptyRoot());
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeHead that && size == that.size && Arrays.equals(rootHash, that.rootHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(rootHash);
    }

    @Override
    public String toString() {
        return "TreeHead[size=" + size + ", rootHash=" + Hashes.base64(rootHash) + "]";
    }
}
