package io.onewindow.verifier;

import io.onewindow.tlog.Hashes;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.record.ReceiptDocument;
import io.onewindow.tlog.record.RecordExportDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Receipts and record exports made from a {@link PublishedLog} as the platform hands them out
 * (docs/audit-formats.md), and written as JSON files: pretty-printed, members in reverse order and
 * non-ASCII characters escaped, so that the verifier has to canonicalise what it reads.
 */
final class Exports {

    private Exports() {
    }

    static Map<String, Object> receipt(PublishedLog log, int index) {
        InclusionProof proof = log.inclusionProof(index);
        List<Object> hashes = new ArrayList<>();
        proof.hashes().forEach(hash -> hashes.add(Hashes.base64(hash)));
        Map<String, Object> receipt = new LinkedHashMap<>();
        receipt.put("format", ReceiptDocument.FORMAT);
        receipt.put("origin", PublishedLog.ORIGIN);
        receipt.put("id", log.record(index).get("id"));
        receipt.put("leafIndex", (long) index);
        receipt.put("recordHash", Hashes.base64(log.entry(index)));
        receipt.put("treeSize", log.size());
        receipt.put("inclusionProof", hashes);
        receipt.put("checkpoint", log.checkpointNote());
        return receipt;
    }

    static Map<String, Object> recordExport(PublishedLog log, int index) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", RecordExportDocument.FORMAT);
        export.put("origin", PublishedLog.ORIGIN);
        export.put("leafIndex", (long) index);
        export.put("salt", Hashes.base64(log.salt(index)));
        export.put("commitment", Hashes.base64(log.entry(index)));
        export.put("record", log.record(index));
        return export;
    }

    static Path write(Path directory, String name, Object json) {
        Path file = directory.resolve(name);
        try {
            Files.writeString(file, pretty(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static String pretty(Object json) {
        StringBuilder out = new StringBuilder();
        write(json, "", out);
        return out.append('\n').toString();
    }

    private static void write(Object value, String indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            List<Object> names = new ArrayList<>(map.keySet());
            Collections.reverse(names);
            out.append("{\n");
            for (int i = 0; i < names.size(); i++) {
                out.append(indent).append("  ");
                string(names.get(i).toString(), out);
                out.append(" : ");
                write(map.get(names.get(i)), indent + "  ", out);
                out.append(i + 1 < names.size() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (value instanceof Collection<?> items) {
            out.append("[ ");
            int i = 0;
            for (Object item : items) {
                write(item, indent, out);
                out.append(++i < items.size() ? ", " : " ");
            }
            out.append(']');
        } else if (value instanceof String text) {
            string(text, out);
        } else {
            out.append(value);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
