package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.CatalogueError;
import io.onewindow.catalogue.EntryDrafted;
import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.EntryPublished;
import io.onewindow.catalogue.EntryRetired;
import io.onewindow.catalogue.EntryState;
import io.onewindow.catalogue.ServiceBundle;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import io.onewindow.kernel.error.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the catalogue: drafts are saved and changed freely, checked for what is typed wrongly; publishing
 * checks that the draft is complete and makes it the current version, superseding the one before; a
 * published version is never edited, so editing a published entry starts a new draft version. Retiring
 * takes an entry out of service and keeps its versions readable. Every change is an audited action.
 */
@Service
@Transactional
public class CatalogueEditor {

    private final EntryStore store;
    private final EntryCodec codec;
    private final ItemRules itemRules;
    private final BundleRules bundleRules;
    private final AuditedActions actions;
    private final CatalogueIndex index;
    private final Clock clock;

    CatalogueEditor(EntryStore store, EntryCodec codec, ItemRules itemRules, BundleRules bundleRules, AuditedActions actions,
                    CatalogueIndex index, Clock clock) {
        this.index = index;
        this.store = store;
        this.codec = codec;
        this.itemRules = itemRules;
        this.bundleRules = bundleRules;
        this.actions = actions;
        this.clock = clock;
    }

    /** Saves an item's draft: changes the open draft, or opens one (a new version when the item was published). */
    public ServiceItem saveItem(ItemContent item, EditorScope scope) {
        Violations violations = new Violations();
        itemRules.check(item, false, scope, "", violations);
        ownership(item.code(), EntryKind.ITEM, scope, violations);
        violations.throwIfAny();
        int version = save(item.code(), EntryKind.ITEM, item.departmentCode(), item.name().zh(), codec.write(item));
        return codec.item(store.find(item.code(), version).orElseThrow());
    }

    /** Saves a bundle's draft, as {@link #saveItem} does an item's. */
    public ServiceBundle saveBundle(BundleContent bundle, EditorScope scope) {
        Violations violations = new Violations();
        bundleRules.check(bundle, false, scope, "", violations);
        ownership(bundle.code(), EntryKind.BUNDLE, scope, violations);
        violations.throwIfAny();
        int version = save(bundle.code(), EntryKind.BUNDLE, bundle.departmentCode(), bundle.name().zh(), codec.write(bundle));
        return codec.bundle(store.find(bundle.code(), version).orElseThrow());
    }

    /** The entry's open draft, or a new draft version copied from its latest published version. */
    public EntryStore.Row startDraft(String code, EditorScope scope) {
        EntryStore.Row latest = owned(code, scope);
        Optional<EntryStore.Row> draft = store.inState(code, EntryState.DRAFT);
        if (draft.isPresent()) {
            return draft.get();
        }
        int version = latest.version() + 1;
        store.insert(code, version, latest.kind(), latest.departmentCode(), latest.name(), latest.content(), clock.instant());
        actions.publish(trace -> new EntryDrafted(code, version, latest.kind(), latest.departmentCode(), trace));
        return store.find(code, version).orElseThrow();
    }

    /** Publishes the entry's draft, once it is complete; the version current until now is superseded. */
    public int publish(String code, EditorScope scope) {
        owned(code, scope);
        EntryStore.Row draft = store.inState(code, EntryState.DRAFT)
                .orElseThrow(() -> new DomainException(CatalogueError.NO_DRAFT, Map.of("code", code)));
        Violations violations = new Violations();
        Instant now = clock.instant();
        if (draft.kind() == EntryKind.ITEM) {
            itemRules.check(codec.item(draft.content()), true, scope, "", violations);
            violations.throwIfAny();
        } else {
            BundleContent bundle = codec.bundle(draft.content());
            var fixed = bundleRules.check(bundle, true, scope, "", violations);
            violations.throwIfAny();
            // The members are fixed at the versions current now, so that the bundle never changes under its cases.
            store.updateDraft(code, draft.version(), draft.departmentCode(), draft.name(), codec.write(bundle.withMembers(fixed)), now);
        }
        store.publish(code, draft.version(), now);
        index.changing();
        actions.publish(trace -> new EntryPublished(code, draft.version(), draft.kind(), draft.departmentCode(), trace));
        return draft.version();
    }

    /** Takes the entry out of service: its current version is retired (and stays readable). */
    public void retire(String code, EditorScope scope) {
        owned(code, scope);
        EntryStore.Row current = store.inState(code, EntryState.PUBLISHED)
                .orElseThrow(() -> new DomainException(CatalogueError.NOT_PUBLISHED, Map.of("code", code)));
        store.retire(code, current.version(), clock.instant());
        index.changing();
        actions.publish(trace -> new EntryRetired(code, current.version(), current.kind(), current.departmentCode(), trace));
    }

    private int save(String code, EntryKind kind, String departmentCode, String name, String content) {
        Instant now = clock.instant();
        Optional<EntryStore.Row> draft = store.inState(code, EntryState.DRAFT);
        int version;
        if (draft.isPresent()) {
            version = draft.get().version();
            store.updateDraft(code, version, departmentCode, name, content, now);
        } else {
            version = store.latest(code).map(r -> r.version() + 1).orElse(1);
            store.insert(code, version, kind, departmentCode, name, content, now);
        }
        actions.publish(trace -> new EntryDrafted(code, version, kind, departmentCode, trace));
        return version;
    }

    /** An entry of another kind has the code, or it belongs to a department the editor does not administer. */
    private void ownership(String code, EntryKind kind, EditorScope scope, Violations violations) {
        if (code == null) {
            return;
        }
        store.latest(code).ifPresent(latest -> {
            violations.require(latest.kind() == kind, "code", CatalogueError.CODE_TAKEN);
            violations.require(scope.covers(latest.departmentCode()), "departmentCode", CatalogueError.DEPARTMENT_NOT_YOURS);
        });
    }

    private EntryStore.Row owned(String code, EditorScope scope) {
        EntryStore.Row latest = store.latest(code)
                .orElseThrow(() -> new DomainException(CatalogueError.ENTRY_NOT_FOUND, Map.of("code", code)));
        if (!scope.covers(latest.departmentCode())) {
            throw new InvalidInputException(FieldViolation.of("departmentCode", CatalogueError.DEPARTMENT_NOT_YOURS));
        }
        return latest;
    }
}
