package io.onewindow.verifier;

import java.nio.file.Path;
import java.util.List;

/**
 * A receipt as docs/audit-formats.md defines it ({@code "format": "onewindow-receipt/1"}): the commitment
 * of one record, where it is in the log, and the proof of that against a signed checkpoint it carries.
 */
record Receipt(String origin, String id, long leafIndex, byte[] recordHash, long treeSize,
               List<byte[]> inclusionProof, String checkpoint) {

    static final String FORMAT = "onewindow-receipt/1";

    static Receipt read(Path file) throws UsageException {
        JsonMembers json = new JsonMembers(InputFiles.readJsonObject(file, "receipt"), "receipt " + file);
        json.requireFormat(FORMAT);
        return new Receipt(json.string("origin"), json.string("id"), json.integer("leafIndex"), json.hash("recordHash"),
                json.integer("treeSize"), json.hashes("inclusionProof"), json.string("checkpoint"));
    }
}
