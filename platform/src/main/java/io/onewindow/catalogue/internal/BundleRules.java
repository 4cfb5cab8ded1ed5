package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.CatalogueError;
import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.EntryState;
import io.onewindow.catalogue.ServiceBundle.BundleMember;
import io.onewindow.catalogue.ServiceBundle.FieldMapping;
import io.onewindow.catalogue.ServiceBundle.SharedQuestion;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.kernel.error.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a bundle must be: two or more members, each an item that is published (at the version named, or
 * current when the version is 0), and shared questions that each fill an existing field of a member's form.
 */
@Component
class BundleRules {

    private final ItemRules items;
    private final EntryStore store;
    private final EntryCodec codec;

    BundleRules(ItemRules items, EntryStore store, EntryCodec codec) {
        this.items = items;
        this.store = store;
        this.codec = codec;
    }

    /** Checks the bundle and returns its members at fixed versions (those it can resolve). */
    List<BundleMember> check(BundleContent bundle, boolean publishing, EditorScope scope, String prefix, Violations v) {
        items.code(bundle.code(), prefix, v);
        items.department(bundle.departmentCode(), scope, prefix, v);
        v.require(bundle.name() != null && !bundle.name().isBlank(), prefix + "name", CatalogueError.REQUIRED);
        ItemRules.text(bundle.name(), prefix + "name", 100, publishing, v);
        ItemRules.text(bundle.summary(), prefix + "summary", 500, publishing, v);
        if (publishing) {
            v.require(!bundle.audiences().isEmpty(), prefix + "audiences", CatalogueError.REQUIRED);
            v.require(bundle.promisedDays() != null, prefix + "promisedDays", CatalogueError.REQUIRED);
            v.require(bundle.trips() != null, prefix + "trips", CatalogueError.REQUIRED);
        }
        v.require(bundle.promisedDays() == null || (bundle.promisedDays() >= 0 && bundle.promisedDays() <= ItemRules.MAX_DAYS),
                prefix + "promisedDays", CatalogueError.OUT_OF_RANGE, Map.of("min", 0, "max", ItemRules.MAX_DAYS));
        v.require(bundle.trips() == null || (bundle.trips() >= 0 && bundle.trips() <= ItemRules.MAX_TRIPS),
                prefix + "trips", CatalogueError.OUT_OF_RANGE, Map.of("min", 0, "max", ItemRules.MAX_TRIPS));

        Map<String, ServiceItem> members = new HashMap<>();
        List<BundleMember> fixed = new ArrayList<>();
        v.require(!publishing || bundle.members().size() >= 2, prefix + "members", CatalogueError.REQUIRED);
        for (BundleMember member : bundle.members()) {
            var row = member.version() == 0 ? store.inState(member.itemCode(), EntryState.PUBLISHED)
                    : store.find(member.itemCode(), member.version()).filter(r -> r.publishedAt() != null);
            if (v.require(row.isPresent() && row.get().kind() == EntryKind.ITEM, prefix + "members", CatalogueError.MEMBER_NOT_PUBLISHED,
                    Map.of("code", member.itemCode() + (member.version() == 0 ? "" : " v" + member.version())))) {
                ServiceItem item = codec.item(row.get());
                members.put(item.code(), item);
                fixed.add(new BundleMember(item.code(), item.version()));
            }
        }
        Set<String> keys = new HashSet<>();
        for (SharedQuestion question : bundle.sharedQuestions()) {
            String key = question.key() == null ? "" : question.key();
            if (v.require(FormProfile.FIELD.matcher(key).matches(), prefix + "sharedQuestions", CatalogueError.KEY_INVALID, Map.of("key", key))) {
                v.require(keys.add(key), prefix + "sharedQuestions", CatalogueError.KEY_REPEATED, Map.of("key", key));
            }
            v.require(question.label() != null && !question.label().isBlank(), prefix + "sharedQuestions", CatalogueError.REQUIRED);
            for (FieldMapping mapping : question.fields()) {
                ServiceItem member = members.get(mapping.itemCode());
                v.require(member != null && member.form() != null && member.form().fieldSchema(mapping.field()).isPresent(),
                        prefix + "sharedQuestions", CatalogueError.MEMBER_FIELD_UNKNOWN,
                        Map.of("code", String.valueOf(mapping.itemCode()), "field", String.valueOf(mapping.field())));
            }
        }
        return fixed;
    }
}
