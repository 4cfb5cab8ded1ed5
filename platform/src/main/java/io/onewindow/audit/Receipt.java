package io.onewindow.audit;

import io.onewindow.tlog.record.ReceiptDocument;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Proof that an action was recorded: its record's commitment, its place in the log and, once integrated,
 * an inclusion proof against a signed checkpoint (docs/audit-formats.md, "Receipts").
 *
 * @param leafIndex      null while the record waits to be integrated
 * @param inclusionProof base64 hashes, empty while pending
 * @param checkpoint     the signed checkpoint note the proof leads to, null while pending
 */
public record Receipt(UUID id, String origin, Long leafIndex, String recordHash, Long treeSize, List<String> inclusionProof,
                      String checkpoint) {

    public boolean integrated() {
        return leafIndex != null;
    }

    /**
     * The receipt in its public format, the document people download and the verifier reads.
     *
     * @throws IllegalStateException while the record waits to be integrated: without a proof, there is none
     */
    public ReceiptDocument document() {
        if (!integrated()) {
            throw new IllegalStateException("the record " + id + " is not in the log yet");
        }
        Base64.Decoder base64 = Base64.getDecoder();
        return new ReceiptDocument(origin, id.toString(), leafIndex, base64.decode(recordHash), treeSize,
                inclusionProof.stream().map(base64::decode).toList(), checkpoint);
    }
}
