package io.onewindow.tlog.record;

import io.onewindow.tlog.Hashes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A private record exported for an auditor, format {@value #FORMAT} (docs/audit-formats.md): the record
 * with its salt, enough to recompute its {@link RecordCommitment} and find that in the log. The platform
 * writes exports with {@link #toJson()} and the verifier reads them with {@link #parse(String)}; this class
 * is the format's one definition. The record itself is any JSON object {@link CanonicalJson} can write:
 * its commitment covers it whole, whatever its members.
 *
 * @param origin     the log's origin, as its checkpoints name it
 * @param leafIndex  the index of the record's entry in the log; null if the record was exported before it
 *                   was integrated into the log
 * @param salt       the record's 32 random bytes
 * @param commitment the commitment the platform stored for the record
 * @param record     the record as a JSON value
 */
public record RecordExportDocument(String origin, Long leafIndex, byte[] salt, byte[] commitment, Map<String, Object> record) {

    public static final String FORMAT = "onewindow-audit-record/1";

    public RecordExportDocument {
        Objects.requireNonNull(origin, "origin");
        if (leafIndex != null) {
            DocumentMembers.requireCount(leafIndex, "leafIndex");
        }
        salt = DocumentMembers.requireHash(salt, "salt");
        commitment = DocumentMembers.requireHash(commitment, "commitment");
        record = copyOf(record);
    }

    /**
     * Reads a record export strictly: every member present with its type, salt and commitment as the
     * canonical base64 of 32 bytes, and no member the format does not define. Member order and whitespace
     * do not matter, in the record either: its commitment is over its canonical form.
     *
     * @throws IllegalArgumentException saying what is wrong, when the text is not such an export
     */
    public static RecordExportDocument parse(String text) {
        DocumentMembers json = DocumentMembers.of(text, "record export", FORMAT);
        RecordExportDocument export = new RecordExportDocument(json.string("origin"), json.countOrNull("leafIndex"),
                json.hash("salt"), json.hash("commitment"), json.object("record"));
        json.requireNoOthers();
        return export;
    }

    /**
     * The export as canonical JSON (RFC 8785), the bytes an export download is made of. Members that are
     * null are written, not left out: the record's commitment covers them.
     */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("origin", origin);
        json.put("leafIndex", leafIndex);
        json.put("salt", Hashes.base64(salt));
        json.put("commitment", Hashes.base64(commitment));
        json.put("record", record);
        return CanonicalJson.text(json);
    }

    /** The commitment that the salt and the record give, which must be the one the export states. */
    public byte[] recomputedCommitment() {
        return RecordCommitment.of(salt, record);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] commitment() {
        return commitment.clone();
    }

    @Override
    public Map<String, Object> record() {
        return copyOf(record);
    }

    // A deep copy through the canonical text: it refuses what a commitment cannot cover (fractions, say)
    // and holds integers as Long, however the caller built the record.
    private static Map<String, Object> copyOf(Map<String, Object> record) {
        return JsonReader.parseObject(CanonicalJson.text(record));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordExportDocument that && origin.equals(that.origin) && Objects.equals(leafIndex, that.leafIndex)
                && Arrays.equals(salt, that.salt) && Arrays.equals(commitment, that.commitment) && record.equals(that.record);
    }

    @Override
    public int hashCode() {
        return Objects.hash(origin, leafIndex, Arrays.hashCode(salt), Arrays.hashCode(commitment), record);
    }

    /** Names the record by its id only: the rest of it may be personal data. */
    @Override
    public String toString() {
        return "RecordExportDocument[" + origin + ", leafIndex=" + leafIndex + ", commitment=" + Hashes.base64(commitment)
                + ", record id=" + record.get("id") + "]";
    }
}
