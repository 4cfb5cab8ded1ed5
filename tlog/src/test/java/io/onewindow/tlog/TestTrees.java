package io.onewindow.tlog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Deterministic leaves and trees shared by the tests. */
final class TestTrees {

    static final int LARGEST = 2048;

    private static final List<byte[]> LEAF_HASHES = new ArrayList<>();
    private static final InMemoryMerkleTree TREE = new InMemoryMerkleTree();

    static {
        for (int i = 0; i < LARGEST; i++) {
            byte[] hash = ReferenceMerkleTree.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8));
            LEAF_HASHES.add(hash);
            TREE.appendLeafHash(hash);
        }
    }

    private TestTrees() {
    }

    /** The hashes of the leaves "entry 0", "entry 1", ... of the shared tree. */
    static List<byte[]> leafHashes(int count) {
        return LEAF_HASHES.subList(0, count);
    }

    static byte[] leafHash(long index) {
        return LEAF_HASHES.get((int) index).clone();
    }

    /** A tree of {@value #LARGEST} leaves; every smaller tree is a prefix of it. */
    static InMemoryMerkleTree shared() {
        return TREE;
    }

    static byte[] flipBit(byte[] hash, int bit) {
        byte[] flipped = hash.clone();
        flipped[bit / 8 % flipped.length] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    static List<byte[]> withFlippedBit(List<byte[]> hashes, int which, int bit) {
        List<byte[]> copy = new ArrayList<>(hashes);
        copy.set(which, flipBit(hashes.get(which), bit));
        return copy;
    }
}
