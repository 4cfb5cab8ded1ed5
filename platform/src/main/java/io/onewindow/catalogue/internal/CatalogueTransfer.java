package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.CatalogueError;
import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.EntryState;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue as one JSON document ({@code onewindow-catalogue/1}): every current published entry, items
 * then bundles, each as its editor wrote it. Importing one saves every entry as a draft and, when asked,
 * publishes it, all in one transaction: an entry with a problem stops the whole import, and every problem
 * is reported under the entry's place in the document ({@code items[3].feeFen}).
 */
@Service
public class CatalogueTransfer {

    public static final String FORMAT = "onewindow-catalogue/1";

    private final EntryStore store;
    private final EntryCodec codec;
    private final CatalogueEditor editor;
    private final JsonMapper json;

    CatalogueTransfer(EntryStore store, EntryCodec codec, CatalogueEditor editor, JsonMapper json) {
        this.store = store;
        this.codec = codec;
        this.editor = editor;
        this.json = json;
    }

    /** The document: its format, its items and its bundles. */
    record Document(String format, List<ItemContent> items, List<BundleContent> bundles) {

        Document {
            items = items == null ? List.of() : items;
            bundles = bundles == null ? List.of() : bundles;
        }
    }

    /** What an import did. */
    public record Imported(int items, int bundles, int published) {
    }

    @Transactional(readOnly = true)
    public String export() {
        List<ItemContent> items = new ArrayList<>();
        List<BundleContent> bundles = new ArrayList<>();
        for (EntryStore.Row row : store.current()) {
            if (row.kind() == EntryKind.ITEM) {
                items.add(codec.item(row.content()));
            } else {
                bundles.add(codec.bundle(row.content()));
            }
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(new Document(FORMAT, items, bundles));
    }

    @Transactional
    public Imported importDocument(String document, boolean publish, EditorScope scope) {
        Document parsed;
        try {
            parsed = json.readValue(document, Document.class);
        } catch (JacksonException e) {
            throw new InvalidInputException(new FieldViolation("document", CatalogueError.JSON_MALFORMED,
                    Map.of("detail", e.getOriginalMessage())));
        }
        if (parsed == null || !FORMAT.equals(parsed.format())) {
            throw new InvalidInputException(new FieldViolation("document", CatalogueError.IMPORT_MALFORMED, Map.of("format", FORMAT)));
        }
        List<FieldViolation> problems = new ArrayList<>();
        int published = 0;
        for (int i = 0; i < parsed.items().size(); i++) {
            ItemContent item = parsed.items().get(i);
            if (unchanged(item.code(), item)) {
                continue;
            }
            published += entry("items[" + i + "].", problems, () -> {
                editor.saveItem(item, scope);
                return publishIf(publish, item.code(), scope);
            });
        }
        for (int i = 0; i < parsed.bundles().size(); i++) {
            BundleContent bundle = parsed.bundles().get(i);
            if (unchanged(bundle.code(), bundle)) {
                continue;
            }
            published += entry("bundles[" + i + "].", problems, () -> {
                editor.saveBundle(bundle, scope);
                return publishIf(publish, bundle.code(), scope);
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Imported(parsed.items().size(), parsed.bundles().size(), published);
    }

    /** The entry is published as it is in the document, and has no draft: importing it again changes nothing. */
    private boolean unchanged(String code, Object content) {
        if (code == null || store.inState(code, EntryState.DRAFT).isPresent()) {
            return false;
        }
        return store.inState(code, EntryState.PUBLISHED).map(row -> content instanceof BundleContent bundle
                ? row.kind() == EntryKind.BUNDLE && codec.bundle(row.content()).withMembers(bundle.members()).equals(bundle)
                : row.kind() == EntryKind.ITEM && codec.item(row.content()).equals(content)).orElse(false);
    }

    private int publishIf(boolean publish, String code, EditorScope scope) {
        if (!publish || store.inState(code, EntryState.DRAFT).isEmpty()) {
            return 0;
        }
        editor.publish(code, scope);
        return 1;
    }

    private static int entry(String prefix, List<FieldViolation> problems, java.util.function.IntSupplier step) {
        try {
            return step.getAsInt();
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> problems.add(new FieldViolation(prefix + v.field(), v.code(), v.arguments())));
            return 0;
        }
    }
}
