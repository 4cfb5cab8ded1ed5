package io.onewindow.tlog.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.ProofVerifier;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.note.Ed25519NoteVerifier;
import io.onewindow.tlog.note.KnownVerifiers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The receipt format: the example receipt, the round trip, and every way a receipt is refused. */
class ReceiptDocumentTest {

    private static String with(String member, Object value) {
        Map<String, Object> members = ExampleDocuments.members(ExampleDocuments.RECEIPT);
        members.put(member, value);
        return CanonicalJson.text(members);
    }

    private static String without(String member) {
        Map<String, Object> members = ExampleDocuments.members(ExampleDocuments.RECEIPT);
        members.remove(member);
        return CanonicalJson.text(members);
    }

    @Test
    void theExampleReceiptIsReadAndWrittenBackByteForByte() {
        assertThat(ReceiptDocument.parse(ExampleDocuments.RECEIPT).toJson()).isEqualTo(ExampleDocuments.RECEIPT);
    }

    @Test
    void theExampleReceiptProvesItsEntryInTheCheckpointItCarries() throws Exception {
        ReceiptDocument receipt = ReceiptDocument.parse(ExampleDocuments.RECEIPT);
        KnownVerifiers key = KnownVerifiers.of(Ed25519NoteVerifier.parse(ExampleDocuments.VERIFIER_KEY));

        SignedCheckpoint signed = SignedCheckpoint.open(receipt.checkpoint().getBytes(StandardCharsets.UTF_8), receipt.origin(), key);

        assertThat(signed.checkpoint().size()).isEqualTo(receipt.treeSize()).isEqualTo(7);
        ProofVerifier.verifyInclusion(receipt.leafIndex(), receipt.treeSize(), new MerkleHasher().hashLeaf(receipt.recordHash()),
                receipt.inclusionProof(), signed.checkpoint().rootHash());
    }

    @Test
    void aReceiptReadsBackAsTheSameReceipt() {
        ReceiptDocument receipt = new ReceiptDocument("example.gov.cn/onewindow/log", "9f0c4d2e-0000-4000-8000-000000000001", 0,
                new byte[32], 1, List.of(), "example.gov.cn/onewindow/log\n1\nAAAA\n\n\u2014 key sig\n");

        assertThat(ReceiptDocument.parse(receipt.toJson())).isEqualTo(receipt);
    }

    // The members in the order docs/audit-formats.md lists them, as receipts were written before they
    // were canonical, indented and with the checkpoint's em dash escaped.
    @Test
    void memberOrderWhitespaceAndEscapesDoNotMatter() {
        String asDocumented = """
          {
            "format": "onewindow-receipt/1",
            "origin": "example.gov.cn/onewindow/log",
            "id": "e98507d8-d830-3fc3-aedc-0877f1ffea21",
            "leafIndex": 4,
            "recordHash": "sjJgikJwziWR96sUxG/LBggRgUV9K3GGUfVrUWofBwo=",
            "treeSize": 7,
            "inclusionProof": [
              "ZaxL/Lf4Kj4IJNUsTwZ5Cf5yDkt6Pek259I5x/KAxRg=",
              "QW68FuM5T6u1knBZJY7AFf7JEtE+0sT/vWovh5wfOBQ=",
              "F3+FrWsFY4M1pHj/mKeMOPbV/qls4+bxuR4HCgtoHow="
            ],
            "checkpoint": "example.gov.cn/onewindow/log\\n7\\nMiDSiHRb/FrhuFZd1YHdIuJvM11IxCQA9deLe8n6sL8=\\n\\n\\u2014 example.gov.cn/onewindow/log aMMF+P+3wm18VdJVIlTTli0BRQ6rmHBXc2XyYuRF3Jo5WG/PWrL+Vdhy1ekmK11IkZg0wIW/rBEkATxAf1nAjSgMBgg=\\n"
          }
          """;

        assertThat(ReceiptDocument.parse(asDocumented)).isEqualTo(ReceiptDocument.parse(ExampleDocuments.RECEIPT));
        assertThat(ReceiptDocument.parse(asDocumented).toJson()).isEqualTo(ExampleDocuments.RECEIPT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"format", "origin", "id", "leafIndex", "recordHash", "treeSize", "inclusionProof", "checkpoint"})
    void aMissingMemberIsNamed(String member) {
        assertThatThrownBy(() -> ReceiptDocument.parse(without(member)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed receipt: member \"" + member + "\" is missing");
    }

    @Test
    void aMemberOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> ReceiptDocument.parse(with("leafIndex", "4")))
                .hasMessage("malformed receipt: member \"leafIndex\" is not an integer");
        assertThatThrownBy(() -> ReceiptDocument.parse(with("leafIndex", -4)))
                .hasMessage("malformed receipt: member \"leafIndex\" is negative");
        assertThatThrownBy(() -> ReceiptDocument.parse(with("checkpoint", null)))
                .hasMessage("malformed receipt: member \"checkpoint\" is not a string");
        assertThatThrownBy(() -> ReceiptDocument.parse(with("inclusionProof", "ZaxL/Lf4Kj4IJNUsTwZ5Cf5yDkt6Pek259I5x/KAxRg=")))
                .hasMessage("malformed receipt: member \"inclusionProof\" is not an array");
        assertThatThrownBy(() -> ReceiptDocument.parse(with("inclusionProof", List.of("ZaxL/Lf4Kj4IJNUsTwZ5Cf5yDkt6Pek259I5x/KAxRg=", 1))))
                .hasMessage("malformed receipt: item 1 of member \"inclusionProof\" is not a string");
    }

    @Test
    void aHashThatIsNotTheCanonicalBase64Of32BytesIsNamed() {
        assertThatThrownBy(() -> ReceiptDocument.parse(with("recordHash", "not base64!")))
                .hasMessage("malformed receipt: member \"recordHash\" is not base64");
        assertThatThrownBy(() -> ReceiptDocument.parse(with("recordHash", "AAAA")))
                .hasMessage("malformed receipt: member \"recordHash\" is not the base64 of 32 bytes");
        // The same 32 bytes, but with the unused low bits of the last character set: not canonical.
        assertThatThrownBy(() -> ReceiptDocument.parse(with("recordHash", "sjJgikJwziWR96sUxG/LBggRgUV9K3GGUfVrUWofBwr=")))
                .hasMessage("malformed receipt: member \"recordHash\" is not the base64 of 32 bytes");
        assertThatThrownBy(() -> ReceiptDocument.parse(with("inclusionProof", List.of("AAAA"))))
                .hasMessage("malformed receipt: item 0 of member \"inclusionProof\" is not the base64 of 32 bytes");
    }

    @Test
    void anotherFormatIsRefusedAsSuchBeforeAnythingElse() {
        assertThatThrownBy(() -> ReceiptDocument.parse("{\"format\":\"onewindow-receipt/2\"}"))
                .hasMessage("unknown receipt format \"onewindow-receipt/2\" (this reader knows \"onewindow-receipt/1\")");
        assertThatThrownBy(() -> ReceiptDocument.parse(ExampleDocuments.RECORD_EXPORT))
                .hasMessage("unknown receipt format \"onewindow-audit-record/1\" (this reader knows \"onewindow-receipt/1\")");
    }

    @Test
    void aMemberTheFormatDoesNotDefineIsRefused() {
        assertThatThrownBy(() -> ReceiptDocument.parse(with("note", "trust me")))
                .hasMessage("malformed receipt: unknown member \"note\"");
    }

    @Test
    void aTextThatIsNotAJsonObjectIsRefused() {
        assertThatThrownBy(() -> ReceiptDocument.parse("[]")).hasMessage("malformed receipt: not a JSON object");
        assertThatThrownBy(() -> ReceiptDocument.parse(ExampleDocuments.RECEIPT + ","))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageStartingWith("malformed JSON at line 1");
    }

    @Test
    void aReceiptCannotBeMadeWithAShortHashOrANegativeIndex() {
        assertThatThrownBy(() -> new ReceiptDocument("o", "i", 0, new byte[31], 1, List.of(), "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("recordHash has 32 bytes, not 31");
        assertThatThrownBy(() -> new ReceiptDocument("o", "i", -1, new byte[32], 1, List.of(), "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("leafIndex is not between 0 and 2^53 - 1: -1");
    }
}
