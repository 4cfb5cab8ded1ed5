package io.onewindow.verifier;

import java.nio.file.Path;
import java.util.Map;

/**
 * A record exported with its salt for an auditor ({@code "format": "onewindow-audit-record/1"}, see
 * docs/audit-formats.md): enough to recompute its commitment and find it in the log.
 */
record RecordExport(String origin, long leafIndex, byte[] salt, byte[] commitment, Map<String, Object> record) {

    static final String FORMAT = "onewindow-audit-record/1";

    static RecordExport read(Path file) throws UsageException {
        JsonMembers json = new JsonMembers(InputFiles.readJsonObject(file, "record export"), "record export " + file);
        json.requireFormat(FORMAT);
        return new RecordExport(json.string("origin"), json.integer("leafIndex"), json.hash("salt"), json.hash("commitment"),
                json.object("record"));
    }
}
