package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.EntryState;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the editors' pages and workbench cards list: entries in their newest version, and counts. */
@Service
@Transactional(readOnly = true)
public class CatalogueOverview {

    private final EntryStore store;

    CatalogueOverview(EntryStore store) {
        this.store = store;
    }

    /** An entry in its newest version. */
    public record Line(String code, EntryKind kind, String name, String departmentCode, int version, EntryState state) {
    }

    public List<Line> entries(EditorScope scope) {
        return store.newestOf(scope.listed()).stream()
                .map(r -> new Line(r.code(), r.kind(), r.name(), r.departmentCode(), r.version(), r.state()))
                .sorted(java.util.Comparator.comparing((Line l) -> l.state() != EntryState.DRAFT).thenComparing(Line::code))
                .toList();
    }

    public long count(EntryKind kind, EntryState state, EditorScope scope) {
        return store.count(kind, state, scope.listed());
    }

    public long drafts(EditorScope scope) {
        return count(EntryKind.ITEM, EntryState.DRAFT, scope) + count(EntryKind.BUNDLE, EntryState.DRAFT, scope);
    }

    /** Every version of an entry, newest first. */
    public List<Line> versions(String code) {
        return store.versions(code).stream()
                .map(r -> new Line(r.code(), r.kind(), r.name(), r.departmentCode(), r.version(), r.state())).toList();
    }

    /** The draft of an entry's content as JSON, or the newest version's when it has no draft. */
    public java.util.Optional<EntryStore.Row> newest(String code) {
        return store.latest(code);
    }
}
