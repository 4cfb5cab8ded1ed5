package io.onewindow.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every root and proof of every small tree, checked against the RFC 9162 text run literally. */
class ProofsMatchTheRfcTest {

    private static final int MAX_SIZE = 70;

    private final InMemoryMerkleTree tree = TestTrees.shared();
    private final ReferenceMerkleTree reference = new ReferenceMerkleTree(TestTrees.leafHashes(MAX_SIZE));

    @Test
    void rootsOfEverySizeEqualTheRfcRoot() {
        for (int n = 0; n <= MAX_SIZE; n++) {
            assertThat(tree.rootHash(n)).as("size %d", n).isEqualTo(reference.mth(0, n));
        }
    }

    @Test
    void everyInclusionProofEqualsTheRfcPathAndVerifies() throws Exception {
        for (int n = 1; n <= MAX_SIZE; n++) {
            byte[] root = reference.mth(0, n);
            for (int m = 0; m < n; m++) {
                InclusionProof proof = tree.inclusionProof(m, n);
                assertThat(proof.hashes()).as("PATH(%d, D[%d])", m, n).containsExactlyElementsOf(reference.path(m, n));
                assertThat(ProofNodes.inclusionProofSize(m, n)).isEqualTo(proof.hashes().size());
                proof.verify(TestTrees.leafHash(m), root);
            }
        }
    }

    @Test
    void everyConsistencyProofEqualsTheRfcProofAndVerifies() throws Exception {
        for (int n = 1; n <= MAX_SIZE; n++) {
            for (int m = 1; m <= n; m++) {
                ConsistencyProof proof = tree.consistencyProof(m, n);
                assertThat(proof.hashes()).as("PROOF(%d, D[%d])", m, n).containsExactlyElementsOf(reference.proof(m, n));
                assertThat(ProofNodes.consistencyProofSize(m, n)).isEqualTo(proof.hashes().size());
                proof.verify(reference.mth(0, m), reference.mth(0, n));
            }
        }
    }

    @Test
    void proofNodesAreAllPerfectSubtreesInsideTheTree() {
        for (int n = 1; n <= MAX_SIZE; n++) {
            for (int m = 0; m < n; m++) {
                for (NodeId node : ProofNodes.forInclusion(m, n).nodes()) {
                    assertThat(node.endLeaf()).isLessThanOrEqualTo(n);
                }
                for (NodeId node : ProofNodes.forConsistency(m + 1, n).nodes()) {
                    assertThat(node.endLeaf()).isLessThanOrEqualTo(n);
                }
            }
        }
    }

    @Test
    void everyBitOfEveryProofHashMatters() {
        int accepted = 0;
        for (int n = 2; n <= 20; n++) {
            byte[] root = tree.rootHash(n);
            for (int m = 0; m < n; m++) {
                List<byte[]> inclusion = tree.inclusionProof(m, n).hashes();
                List<byte[]> consistency = tree.consistencyProof(m + 1, n).hashes();
                byte[] root1 = tree.rootHash(m + 1);
                for (int bit = 0; bit < 256; bit++) {
                    for (int i = 0; i < inclusion.size(); i++) {
                        try {
                            ProofVerifier.verifyInclusion(m, n, TestTrees.leafHash(m), TestTrees.withFlippedBit(inclusion, i, bit), root);
                            accepted++;
                        } catch (InvalidProofException expected) {
                            // every flipped bit must land here
                        }
                    }
                    for (int i = 0; i < consistency.size(); i++) {
                        try {
                            ProofVerifier.verifyConsistency(m + 1, n, TestTrees.withFlippedBit(consistency, i, bit), root1, root);
                            accepted++;
                        } catch (InvalidProofException expected) {
                            // every flipped bit must land here
                        }
                    }
                }
            }
        }
        assertThat(accepted).isZero();
    }

    @Test
    void impossibleProofRequestsAreRefused() {
        assertThatThrownBy(() -> tree.inclusionProof(5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.inclusionProof(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(0, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.consistencyProof(6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tree.rootHash(TestTrees.LARGEST + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProofWithAMissingOrExtraHashIsRejectedBeforeHashing() {
        InclusionProof proof = tree.inclusionProof(3, 10);
        List<byte[]> hashes = proof.hashes();
        byte[] root = tree.rootHash(10);
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(3, 10, TestTrees.leafHash(3), hashes.subList(1, hashes.size()), root))
                .isInstanceOf(InvalidProofException.class).hasMessageContaining("expected");
        List<byte[]> longer = new java.util.ArrayList<>(hashes);
        longer.add(root);
        assertThatThrownBy(() -> ProofVerifier.verifyInclusion(3, 10, TestTrees.leafHash(3), longer, root))
                .isInstanceOf(InvalidProofException.class).hasMessageContaining("expected");
    }
}
