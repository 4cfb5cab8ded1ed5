package io.onewindow.tlog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of proofs over random trees of 1 to 2048 leaves, all prefixes of one shared tree. */
class ProofPropertiesTest {

    private final InMemoryMerkleTree tree = TestTrees.shared();

    @Property(tries = 2000)
    void inclusionProofsOfRandomTreesVerify(@ForAll @IntRange(min = 1, max = 2048) int size,
                                            @ForAll @IntRange(min = 0, max = 2047) int anyIndex) {
        long index = anyIndex % size;
        InclusionProof proof = tree.inclusionProof(index, size);
        assertThatCode(() -> proof.verify(TestTrees.leafHash(index), tree.rootHash(size))).doesNotThrowAnyException();
    }

    @Property(tries = 2000)
    void aFlippedBitInAnyInclusionProofHashIsRejected(@ForAll @IntRange(min = 2, max = 2048) int size,
                                                       @ForAll @IntRange(min = 0, max = 2047) int anyIndex,
                                                       @ForAll @IntRange(min = 0, max = 63) int anyHash,
                                                       @ForAll @IntRange(min = 0, max = 255) int bit) {
        long index = anyIndex % size;
        List<byte[]> hashes = tree.inclusionProof(index, size).hashes();
        List<byte[]> tampered = TestTrees.withFlippedBit(hashes, anyHash % hashes.size(), bit);
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(index, size, TestTrees.leafHash(index), tampered, tree.rootHash(size)))
                .isInstanceOf(InvalidProofException.class);
    }

    @Property(tries = 1000)
    void aFlippedBitInTheRootOrTheLeafIsRejected(@ForAll @IntRange(min = 1, max = 2048) int size,
                                                  @ForAll @IntRange(min = 0, max = 2047) int anyIndex,
                                                  @ForAll @IntRange(min = 0, max = 255) int bit) {
        long index = anyIndex % size;
        InclusionProof proof = tree.inclusionProof(index, size);
        byte[] leaf = TestTrees.leafHash(index);
        byte[] root = tree.rootHash(size);
        assertThatThrownBy(() -> proof.verify(leaf, TestTrees.flipBit(root, bit))).isInstanceOf(InvalidProofException.class);
        assertThatThrownBy(() -> proof.verify(TestTrees.flipBit(leaf, bit), root)).isInstanceOf(InvalidProofException.class);
    }

    @Property(tries = 2000)
    void anInclusionProofClaimedForAnotherIndexIsRejected(@ForAll @IntRange(min = 2, max = 2048) int size,
                                                          @ForAll @IntRange(min = 0, max = 2047) int anyIndex,
                                                          @ForAll @IntRange(min = 0, max = 2047) int anyOther) {
        long index = anyIndex % size;
        long other = anyOther % size;
        Assume.that(other != index);
        List<byte[]> hashes = tree.inclusionProof(index, size).hashes();
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(other, size, TestTrees.leafHash(index), hashes, tree.rootHash(size)))
                .isInstanceOf(InvalidProofException.class);
    }

    /**
     * The size is bound to the proof only through the root: the proof of leaf 0 in a tree of 4 also
     * "verifies" as a proof in a tree of 3 against the root of 4. So a size is checked with the root that
     * tree size really has, as a signed checkpoint pairs them.
     */
    @Property(tries = 2000)
    void anInclusionProofClaimedForAnotherTreeSizeIsRejected(@ForAll @IntRange(min = 1, max = 2048) int size,
                                                             @ForAll @IntRange(min = 1, max = 2048) int otherSize,
                                                             @ForAll @IntRange(min = 0, max = 2047) int anyIndex) {
        long index = anyIndex % size;
        Assume.that(otherSize != size && index < otherSize);
        List<byte[]> hashes = tree.inclusionProof(index, size).hashes();
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(index, otherSize, TestTrees.leafHash(index), hashes, tree.rootHash(otherSize)))
                .isInstanceOf(InvalidProofException.class);
    }

    @Property(tries = 2000)
    void consistencyProofsOfRandomTreesVerify(@ForAll @IntRange(min = 1, max = 2048) int size2,
                                              @ForAll @IntRange(min = 1, max = 2048) int anySize1) {
        long size1 = 1 + (anySize1 - 1) % size2;
        ConsistencyProof proof = tree.consistencyProof(size1, size2);
        assertThatCode(() -> proof.verify(tree.rootHash(size1), tree.rootHash(size2))).doesNotThrowAnyException();
    }

    @Property(tries = 2000)
    void aFlippedBitInAnyConsistencyProofHashOrRootIsRejected(@ForAll @IntRange(min = 2, max = 2048) int size2,
                                                              @ForAll @IntRange(min = 1, max = 2047) int anySize1,
                                                              @ForAll @IntRange(min = 0, max = 63) int anyHash,
                                                              @ForAll @IntRange(min = 0, max = 255) int bit) {
        long size1 = 1 + (anySize1 - 1) % (size2 - 1);
        List<byte[]> hashes = tree.consistencyProof(size1, size2).hashes();
        byte[] root1 = tree.rootHash(size1);
        byte[] root2 = tree.rootHash(size2);
        List<byte[]> tampered = TestTrees.withFlippedBit(hashes, anyHash % hashes.size(), bit);
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(size1, size2, tampered, root1, root2))
                .isInstanceOf(InvalidProofException.class);
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(size1, size2, hashes, TestTrees.flipBit(root1, bit), root2))
                .isInstanceOf(InvalidProofException.class);
        assertThatThrownBy(() -> ProofVerifier.verifyConsistency(size1, size2, hashes, root1, TestTrees.flipBit(root2, bit)))
                .isInstanceOf(InvalidProofException.class);
    }

    @Property(tries = 2000)
    void aConsistencyProofClaimedForOtherSizesIsRejected(@ForAll @IntRange(min = 2, max = 2048) int size2,
                                                         @ForAll @IntRange(min = 1, max = 2047) int anySize1,
                                                         @ForAll @IntRange(min = 1, max = 2048) int otherSize) {
        long size1 = 1 + (anySize1 - 1) % (size2 - 1);
        List<byte[]> hashes = tree.consistencyProof(size1, size2).hashes();
        if (otherSize != size1 && otherSize <= size2) {
            assertThatThrownBy(() -> ProofVerifier.verifyConsistency(otherSize, size2, hashes, tree.rootHash(otherSize), tree.rootHash(size2)))
                    .isInstanceOf(InvalidProofException.class);
        }
        if (otherSize != size2 && otherSize >= size1) {
            assertThatThrownBy(() -> ProofVerifier.verifyConsistency(size1, otherSize, hashes, tree.rootHash(size1), tree.rootHash(otherSize)))
                    .isInstanceOf(InvalidProofException.class);
        }
    }
}
