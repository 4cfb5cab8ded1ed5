package io.onewindow.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.onewindow.tlog.Hashes;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.note.Ed25519NoteSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify-receipt}: a receipt from the log verifies offline, and any change to it is caught. */
class VerifyReceiptTest {

    private static final int LEAF = 777;
    private static PublishedLog log;
    private static Map<String, Object> receipt;

    @TempDir
    Path directory;

    @BeforeAll
    static void aLogHandsOutAReceipt() {
        log = new PublishedLog().append(500).append(400).append(123);
        receipt = Exports.receipt(log, LEAF);
        // Receipts are checked offline: nothing may be fetched.
        log.close();
    }

    @AfterAll
    static void stop() {
        log.close();
    }

    private Cli verify(Map<String, Object> changed) {
        return Cli.run("verify-receipt", Exports.write(directory, "receipt.json", changed).toString(), "--vkey", log.vkey());
    }

    private static Map<String, Object> with(String member, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(receipt);
        changed.put(member, value);
        return changed;
    }

    private static String flipBit(String base64, int bit) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void aReceiptFromTheLogVerifiesWithoutTheNetwork() {
        Cli result = verify(receipt);

        assertThat(result.status()).as(result.toString()).isZero();
        assertThat(result.out()).contains("verified  receipt " + receipt.get("id"))
                .contains("tree size 1023")
                .contains("is entry 777")
                .contains("inclusion proof of 10 hashes");
    }

    @Test
    void aFlippedBitInAnyProofHashIsCaught() {
        @SuppressWarnings("unchecked")
        List<String> proof = (List<String>) receipt.get("inclusionProof");
        for (int i = 0; i < proof.size(); i++) {
            for (int bit : new int[] {0, 77, 255}) {
                List<String> changed = new ArrayList<>(proof);
                changed.set(i, flipBit(proof.get(i), bit));

                Cli result = verify(with("inclusionProof", changed));

                assertThat(result.status()).as("hash %d bit %d: %s", i, bit, result).isEqualTo(1);
            }
        }
    }

    @Test
    void aFlippedBitInTheRecordHashIsCaught() {
        for (int bit = 0; bit < 256; bit += 51) {
            Cli result = verify(with("recordHash", flipBit((String) receipt.get("recordHash"), bit)));

            assertThat(result.status()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).contains("FAILED: the record hash is not proven to be entry 777");
        }
    }

    @Test
    void aChangedCheckpointIsCaught() {
        String note = (String) receipt.get("checkpoint");
        String root = Hashes.base64(log.checkpoint().rootHash());
        String signatureLine = note.substring(note.indexOf("\u2014 "), note.indexOf('\n', note.indexOf("\u2014 ")));
        String signature = signatureLine.substring(signatureLine.lastIndexOf(' ') + 1);

        List<String> changedNotes = List.of(
                note.replace(root, flipBit(root, 9)),
                note.replace("\n1023\n", "\n1022\n"),
                note.replace(signature, flipBit(signature, 300)),
                note.substring(0, note.indexOf("\u2014 ")));
        for (String changed : changedNotes) {
            Cli result = verify(with("checkpoint", changed));

            assertThat(result.status()).as(result.toString()).isEqualTo(1);
            assertThat(result.err()).contains("FAILED: the checkpoint in the receipt does not verify");
        }
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsCaught() throws Exception {
        Ed25519NoteSigner impostor = Ed25519NoteSigner.generate(PublishedLog.ORIGIN, new SecureRandom());
        String forged = new String(SignedCheckpoint.sign(log.checkpoint(), impostor).toBytes(),
                StandardCharsets.UTF_8);

        assertThat(verify(with("checkpoint", forged)).status()).isEqualTo(1);
        assertThat(Cli.run("verify-receipt", Exports.write(directory, "r.json", receipt).toString(),
                "--vkey", impostor.verifierKey().format()).status()).as("the right receipt with the wrong key").isEqualTo(1);
    }

    @Test
    void aTreeSizeOrLeafIndexOrOriginThatDiffersIsCaught() {
        Cli size = verify(with("treeSize", 1024L));
        assertThat(size.status()).isEqualTo(1);
        assertThat(size.err()).contains("the receipt says tree size 1024, its checkpoint 1023");

        assertThat(verify(with("leafIndex", 776L)).status()).isEqualTo(1);
        assertThat(verify(with("leafIndex", 5000L)).status()).isEqualTo(1);
        assertThat(verify(with("origin", "other.example/log")).status()).isEqualTo(1);
    }

    @Test
    void aProofWithAHashTooManyOrTooFewIsCaught() {
        @SuppressWarnings("unchecked")
        List<String> proof = (List<String>) receipt.get("inclusionProof");
        List<String> longer = new ArrayList<>(proof);
        longer.add(proof.get(0));

        assertThat(verify(with("inclusionProof", longer)).status()).isEqualTo(1);
        assertThat(verify(with("inclusionProof", proof.subList(0, proof.size() - 1))).status()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAReceiptIsAUsageError() throws IOException {
        Map<String, Object> missing = new LinkedHashMap<>(receipt);
        missing.remove("inclusionProof");
        Cli withoutProof = verify(missing);
        assertThat(withoutProof.status()).isEqualTo(2);
        assertThat(withoutProof.err()).contains("malformed receipt: member \"inclusionProof\" is missing");
        Cli nextVersion = verify(with("format", "onewindow-receipt/2"));
        assertThat(nextVersion.status()).isEqualTo(2);
        assertThat(nextVersion.err()).contains("unknown receipt format \"onewindow-receipt/2\"");
        assertThat(verify(with("comment", "an extra member")).status()).isEqualTo(2);
        assertThat(verify(with("recordHash", "not base64!")).status()).isEqualTo(2);
        assertThat(verify(with("recordHash", Base64.getEncoder().encodeToString(new byte[31]))).status()).isEqualTo(2);
        assertThat(verify(with("leafIndex", "777")).status()).isEqualTo(2);

        Path broken = directory.resolve("broken.json");
        Files.writeString(broken, Exports.pretty(receipt).replaceFirst("\\}\\s*$", ",}"));
        Cli result = Cli.run("verify-receipt", broken.toString(), "--vkey", log.vkey());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("malformed JSON at line");

        assertThat(Cli.run("verify-receipt", directory.resolve("absent.json").toString(), "--vkey", log.vkey()).status()).isEqualTo(2);
    }
}
