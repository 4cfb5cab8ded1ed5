package io.onewindow.catalogue.internal;

import io.onewindow.catalogue.EntryKind;
import io.onewindow.catalogue.LegalBasis;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.ServiceBundle;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.ServiceSummary;
import io.onewindow.catalogue.Text;
import io.onewindow.divisions.DivisionLevel;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The current published entries as the search index takes them: a summary, the words to find it by, its filters. */
@Component
class IndexedEntries {

    private final EntryStore store;
    private final EntryCodec codec;
    private final Departments departments;

    IndexedEntries(EntryStore store, EntryCodec codec, Departments departments) {
        this.store = store;
        this.codec = codec;
        this.departments = departments;
    }

    /** One entry: {@code events} holds its life and business events; {@code body} the rest of its guide in Chinese. */
    record Entry(ServiceSummary summary, DivisionLevel level, List<String> events, List<String> keywords, String body, String english) {
    }

    List<Entry> current() {
        List<EntryStore.Row> rows = store.current();
        Map<String, ServiceItem> items = new HashMap<>();
        List<ServiceBundle> bundles = new ArrayList<>();
        for (EntryStore.Row row : rows) {
            if (row.kind() == EntryKind.ITEM) {
                ServiceItem item = codec.item(row);
                items.put(item.code(), item);
            } else {
                bundles.add(codec.bundle(row));
            }
        }
        Map<String, DepartmentView> byCode = new HashMap<>();
        departments.all().forEach(d -> byCode.put(d.code(), d));
        List<Entry> entries = new ArrayList<>();
        items.values().forEach(item -> entries.add(item(item, byCode.get(item.departmentCode()))));
        bundles.forEach(bundle -> entries.add(bundle(bundle, items, byCode.get(bundle.departmentCode()))));
        return entries;
    }

    private static Entry item(ServiceItem item, DepartmentView department) {
        ServiceSummary summary = new ServiceSummary(item.code(), item.version(), EntryKind.ITEM, item.name(), item.summary(),
                item.departmentCode(), name(department), item.promisedDays(), item.trips(), item.feeFen(), item.audiences());
        List<String> events = Stream.concat(item.lifeEvents().stream().map(Enum::name), item.businessEvents().stream().map(Enum::name))
                .toList();
        String body = join(Stream.of(zh(item.summary()), zh(item.whoMayApply()), zh(item.conditions()),
                item.outcome() == null ? null : zh(item.outcome().name()), zh(summary.departmentName()),
                join(item.materials().stream().map(Material::name).map(IndexedEntries::zh)),
                join(item.legalBasis().stream().map(LegalBasis::law))));
        String english = join(Stream.of(en(item.name()), en(item.summary()), en(summary.departmentName())));
        return new Entry(summary, item.level(), events, item.keywords(), body, english);
    }

    private static Entry bundle(ServiceBundle bundle, Map<String, ServiceItem> items, DepartmentView department) {
        ServiceSummary summary = new ServiceSummary(bundle.code(), bundle.version(), EntryKind.BUNDLE, bundle.name(), bundle.summary(),
                bundle.departmentCode(), name(department), bundle.promisedDays(), bundle.trips(),
                bundle.members().stream().map(m -> items.get(m.itemCode())).filter(Objects::nonNull).mapToLong(ServiceItem::feeFen).sum(),
                bundle.audiences());
        List<String> events = Stream.concat(bundle.lifeEvents().stream().map(Enum::name),
                bundle.businessEvents().stream().map(Enum::name)).toList();
        String members = join(bundle.members().stream().map(m -> items.get(m.itemCode())).filter(Objects::nonNull)
                .map(i -> zh(i.name())));
        String body = join(Stream.of(zh(bundle.summary()), members, zh(summary.departmentName())));
        String english = join(Stream.of(en(bundle.name()), en(bundle.summary())));
        return new Entry(summary, bundle.level(), events, bundle.keywords(), body, english);
    }

    private static Text name(DepartmentView department) {
        return department == null ? new Text("", "") : new Text(department.name(), department.nameEn());
    }

    private static String zh(Text text) {
        return text == null ? null : text.zh();
    }

    private static String en(Text text) {
        return text == null ? null : text.en();
    }

    private static String join(Stream<String> parts) {
        return String.join(" ", parts.filter(p -> p != null && !p.isBlank()).toList());
    }
}
