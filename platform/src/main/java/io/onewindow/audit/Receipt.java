package io.onewindow.audit;

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
}
