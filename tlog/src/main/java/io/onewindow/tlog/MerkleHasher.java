package io.onewindow.tlog;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 Merkle tree hashing of RFC 6962 §2.1 and RFC 9162 §2.1.1: a leaf hash is
 * {@code SHA-256(0x00 || data)}, an interior node hash is {@code SHA-256(0x01 || left || right)} and
 * the root of the empty tree is {@code SHA-256("")}.
 *
 * <p>An instance owns one {@link MessageDigest} and is not thread-safe. Code that hashes on many
 * threads uses {@link #forCurrentThread()}, which hands each thread its own instance, so that no call
 * pays for {@code MessageDigest.getInstance}.
 */
public final class MerkleHasher {

    /** Size in bytes of every hash in the tree. */
    public static final int HASH_SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final ThreadLocal<MerkleHasher> PER_THREAD = ThreadLocal.withInitial(MerkleHasher::new);
    private static final byte[] EMPTY_ROOT = new MerkleHasher().sha256.digest();

    private final MessageDigest sha256;
    private final byte[] nodeInput = new byte[1 + 2 * HASH_SIZE];

    /** Creates a hasher with its own digest; prefer {@link #forCurrentThread()} unless an object owns it. */
    public MerkleHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
        nodeInput[0] = NODE_PREFIX;
    }

    /** Returns the hasher that belongs to the calling thread. */
    public static MerkleHasher forCurrentThread() {
        return PER_THREAD.get();
    }

    /** Returns the root hash of the empty tree, {@code SHA-256("")} (RFC 9162 §2.1.1). */
    public static byte[] emptyRoot() {
        return EMPTY_ROOT.clone();
    }

    /** Returns the leaf hash of an entry. */
    public byte[] hashLeaf(byte[] entry) {
        return hashLeaf(entry, 0, entry.length);
    }

    /** Returns the leaf hash of {@code length} bytes of {@code source} from {@code offset}. */
    public byte[] hashLeaf(byte[] source, int offset, int length) {
        sha256.update(LEAF_PREFIX);
        sha256.update(source, offset, length);
        return sha256.digest();
    }

    /** Returns the hash of an interior node from the hashes of its two children. */
    public byte[] hashChildren(byte[] left, byte[] right) {
        return hashChildren(left, 0, right, 0);
    }

    /** Returns the hash of an interior node whose children are stored at the given offsets. */
    public byte[] hashChildren(byte[] left, int leftOffset, byte[] right, int rightOffset) {
        byte[] out = new byte[HASH_SIZE];
        hashChildren(left, leftOffset, right, rightOffset, out, 0);
        return out;
    }

    /**
     * Writes the hash of an interior node into {@code out} at {@code outOffset}, without allocating;
     * {@code out} may be one of the inputs.
     */
    public void hashChildren(byte[] left, int leftOffset, byte[] right, int rightOffset, byte[] out, int outOffset) {
        System.arraycopy(left, leftOffset, nodeInput, 1, HASH_SIZE);
        System.arraycopy(right, rightOffset, nodeInput, 1 + HASH_SIZE, HASH_SIZE);
        sha256.update(nodeInput, 0, nodeInput.length);
        try {
            sha256.digest(out, outOffset, HASH_SIZE);
        } catch (DigestException e) {
            throw new IllegalArgumentException("no room for a hash at offset " + outOffset, e);
        }
    }
}
