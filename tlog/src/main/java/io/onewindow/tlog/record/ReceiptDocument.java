package io.onewindow.tlog.record;

import io.onewindow.tlog.Hashes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A receipt, format {@value #FORMAT} (docs/audit-formats.md): the commitment of one record, its place in
 * the log, and the inclusion proof of it against a signed checkpoint that the receipt carries, so that
 * anyone with the log's key can check it offline. The platform writes receipts with {@link #toJson()} and
 * the verifier reads them with {@link #parse(String)}; this class is the format's one definition.
 *
 * @param origin         the log's origin, as its checkpoints name it
 * @param id             the record's id, which is the id of the event it records
 * @param leafIndex      the index of the record's entry in the log
 * @param recordHash     the record's commitment, which is the entry itself
 * @param treeSize       the size of the tree the proof leads to, the checkpoint's
 * @param inclusionProof the RFC 9162 inclusion proof of the entry in that tree
 * @param checkpoint     the signed checkpoint note, exactly as the log served it
 */
public record ReceiptDocument(String origin, String id, long leafIndex, byte[] recordHash, long treeSize,
                              List<byte[]> inclusionProof, String checkpoint) {

    public static final String FORMAT = "onewindow-receipt/1";

    public ReceiptDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(id, "id");
        DocumentMembers.requireCount(leafIndex, "leafIndex");
        recordHash = DocumentMembers.requireHash(recordHash, "recordHash");
        DocumentMembers.requireCount(treeSize, "treeSize");
        inclusionProof.forEach(hash -> DocumentMembers.requireHash(hash, "a hash of the inclusion proof"));
        inclusionProof = Hashes.copyOf(inclusionProof);
        Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /**
     * Reads a receipt strictly: every member present with its type, hashes as the canonical base64 of 32
     * bytes, and no member the format does not define. Member order and whitespace do not matter.
     *
     * @throws IllegalArgumentException saying what is wrong, when the text is not such a receipt
     */
    public static ReceiptDocument parse(String text) {
        DocumentMembers json = DocumentMembers.of(text, "receipt", FORMAT);
        ReceiptDocument receipt = new ReceiptDocument(json.string("origin"), json.string("id"), json.count("leafIndex"),
                json.hash("recordHash"), json.count("treeSize"), json.hashes("inclusionProof"), json.string("checkpoint"));
        json.requireNoOthers();
        return receipt;
    }

    /** The receipt as canonical JSON (RFC 8785), the bytes a receipt download is made of. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("origin", origin);
        json.put("id", id);
        json.put("leafIndex", leafIndex);
        json.put("recordHash", Hashes.base64(recordHash));
        json.put("treeSize", treeSize);
        json.put("inclusionProof", inclusionProof.stream().map(Hashes::base64).toList());
        json.put("checkpoint", checkpoint);
        return CanonicalJson.text(json);
    }

    @Override
    public byte[] recordHash() {
        return recordHash.clone();
    }

    @Override
    public List<byte[]> inclusionProof() {
        return Hashes.copyOf(inclusionProof);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceiptDocument that && origin.equals(that.origin) && id.equals(that.id)
                && leafIndex == that.leafIndex && Arrays.equals(recordHash, that.recordHash) && treeSize == that.treeSize
                && Hashes.equal(inclusionProof, that.inclusionProof) && checkpoint.equals(that.checkpoint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, id, leafIndex, Arrays.hashCode(recordHash), treeSize, Hashes.hashCode(inclusionProof), checkpoint);
    }

    @Override
    public String toString() {
        return "ReceiptDocument[" + origin + ", id=" + id + ", leafIndex=" + leafIndex + ", recordHash=" + Hashes.base64(recordHash)
                + ", treeSize=" + treeSize + ", inclusionProof=" + Hashes.base64(inclusionProof) + "]";
    }
}
