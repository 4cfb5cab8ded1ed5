package io.onewindow.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the eight-leaf tree of the Certificate Transparency reference tests, as published in
 * transparency-dev/merkle {@code testonly/constants.go} and {@code proof/verify_test.go}.
 */
class KnownTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final String[] LEAF_INPUTS = {
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"};

    private static final String[] ROOTS = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static InMemoryMerkleTree tree() {
        InMemoryMerkleTree tree = new InMemoryMerkleTree();
        for (String input : LEAF_INPUTS) {
            tree.appendEntry(HEX.parseHex(input));
        }
        return tree;
    }

    @Test
    void theEmptyTreeRootIsTheHashOfNothing() {
        assertThat(HEX.formatHex(MerkleHasher.emptyRoot())).isEqualTo(ROOTS[0]);
        assertThat(HEX.formatHex(CompactRange.empty().rootHash())).isEqualTo(ROOTS[0]);
    }

    @Test
    void theRootOfEverySizeOfTheReferenceTreeIsKnown() {
        InMemoryMerkleTree tree = tree();
        CompactRange range = CompactRange.empty();
        MerkleHasher hasher = new MerkleHasher();
        for (int size = 0; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.rootHash(size))).as("size %d", size).isEqualTo(ROOTS[size]);
            assertThat(HEX.formatHex(range.rootHash())).as("compact range at size %d", size).isEqualTo(ROOTS[size]);
            if (size < 8) {
                range.append(hasher.hashLeaf(HEX.parseHex(LEAF_INPUTS[size])));
            }
        }
    }

    @Test
    void theCompactRangeOfSevenLeavesHoldsThreeKnownSubtrees() {
        InMemoryMerkleTree tree = tree();
        CompactRange range = CompactRange.empty();
        for (int i = 0; i < 7; i++) {
            range.append(tree.hash(new NodeId(0, i)));
        }
        assertThat(hex(range.rightEdgeHashes())).containsExactly(
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f");
    }

    @Test
    void inclusionProofsOfTheReferenceTreeAreTheKnownOnes() throws Exception {
        InMemoryMerkleTree tree = tree();
        assertThat(hex(tree.inclusionProof(0, 8).hashes())).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.inclusionProof(5, 8).hashes())).containsExactly(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(tree.inclusionProof(2, 3).hashes())).containsExactly(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
        assertThat(hex(tree.inclusionProof(1, 5).hashes())).containsExactly(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        tree.inclusionProof(1, 5).verify(tree.hash(new NodeId(0, 1)), HEX.parseHex(ROOTS[5]));
    }

    @Test
    void consistencyProofsOfTheReferenceTreeAreTheKnownOnes() throws Exception {
        InMemoryMerkleTree tree = tree();
        assertThat(hex(tree.consistencyProof(1, 8).hashes())).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.consistencyProof(6, 8).hashes())).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hex(tree.consistencyProof(2, 5).hashes())).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(hex(tree.consistencyProof(6, 7).hashes())).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(tree.consistencyProof(1, 1).hashes()).isEmpty();
        tree.consistencyProof(6, 7).verify(HEX.parseHex(ROOTS[6]), HEX.parseHex(ROOTS[7]));
    }

    private static List<String> hex(List<byte[]> hashes) {
        List<String> out = new ArrayList<>();
        hashes.forEach(h -> out.add(HEX.formatHex(h)));
        return out;
    }
}
