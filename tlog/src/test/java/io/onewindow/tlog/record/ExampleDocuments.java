package io.onewindow.tlog.record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The published example documents in {@code src/test/resources/formats/}: a receipt and the export of the
 * same record, entry 4 of a log of 7 entries whose checkpoint is signed by the example key in
 * {@code log.vkey}. Implementations of the formats elsewhere can check themselves against them.
 */
final class ExampleDocuments {

    static final String RECEIPT = resource("receipt.json");
    static final String RECORD_EXPORT = resource("record-export.json");
    static final String VERIFIER_KEY = resource("log.vkey");

    private ExampleDocuments() {
    }

    /** The example document as members to change, for documents that are wrong in one way. */
    static Map<String, Object> members(String document) {
        return JsonReader.parseObject(document);
    }

    private static String resource(String name) {
        try (InputStream in = ExampleDocuments.class.getResourceAsStream("/formats/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
