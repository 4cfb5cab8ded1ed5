package io.onewindow.cases.internal;

import io.onewindow.cases.CaseError;
import io.onewindow.catalogue.Audience;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.ServiceBundle;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.Text;
import io.onewindow.kernel.error.DomainException;
import io.onewindow.kernel.error.FieldViolation;
import io.onewindow.kernel.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** What an application is for, read from the catalogue: an item, or a bundle and its members, at a published version. */
@Component
public class Entries {

    private final ServiceCatalogue catalogue;
    /** Published versions never change, so an exact version read once is kept (a few hundred at most). */
    private final java.util.concurrent.ConcurrentMap<String, Entry> exact = new java.util.concurrent.ConcurrentHashMap<>();

    Entries(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** An item or a bundle as applied for: its form, its member items (the item itself for one item), its materials by key. */
    public record Entry(String kind, String code, int version, Text name, UUID departmentId, Set<Audience> audiences, int promisedDays,
                        ApplicationForm form, List<ServiceItem> members) {

        /** Every material of every member, each key once (a file handed in once serves every member that asks for it). */
        public List<Material> materials() {
            Map<String, Material> byKey = new LinkedHashMap<>();
            members.forEach(m -> m.materials().forEach(material -> byKey.putIfAbsent(material.key(), material)));
            return List.copyOf(byKey.values());
        }
    }

    /** The current published item or bundle with this code. */
    public Entry current(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException(FieldViolation.of("code", CaseError.CODE_REQUIRED));
        }
        String wanted = code.strip();
        return catalogue.findCurrent(wanted).map(found -> {
            boolean bundle = found instanceof ServiceBundle;
            return kept(bundle ? "BUNDLE" : "ITEM", found.code(), found.version(), () -> bundle ? of((ServiceBundle) found) : of((ServiceItem) found));
        }).orElseThrow(() -> new DomainException(CaseError.ENTRY_UNKNOWN, Map.of("code", wanted)));
    }

    /** The version an application was filed under. */
    public Entry exact(String kind, String code, int version) {
        return kept(kind, code, version, () -> read(kind, code, version));
    }

    // Not computeIfAbsent: a bundle's entry is made of its members' entries, kept in the same map.
    private Entry kept(String kind, String code, int version, Supplier<Entry> made) {
        String key = kind + ":" + code + "@" + version;
        Entry known = exact.get(key);
        if (known != null) {
            return known;
        }
        Entry read = made.get();
        exact.putIfAbsent(key, read);
        return read;
    }

    private Entry read(String kind, String code, int version) {
        if ("BUNDLE".equals(kind)) {
            return catalogue.findBundle(code, version).map(this::of)
                    .orElseThrow(() -> new DomainException(CaseError.ENTRY_UNKNOWN, Map.of("code", code)));
        }
        return catalogue.find(code, version).map(Entries::of)
                .orElseThrow(() -> new DomainException(CaseError.ENTRY_UNKNOWN, Map.of("code", code)));
    }

    private static Entry of(ServiceItem item) {
        return new Entry("ITEM", item.code(), item.version(), item.name(), item.departmentId(), item.audiences(), item.promisedDays(),
                ApplicationForm.of(item), List.of(item));
    }

    private Entry of(ServiceBundle bundle) {
        List<ServiceItem> members = new ArrayList<>();
        for (ServiceBundle.BundleMember member : bundle.members()) {
            members.add(exact("ITEM", member.itemCode(), member.version()).members().get(0));
        }
        return new Entry("BUNDLE", bundle.code(), bundle.version(), bundle.name(), bundle.departmentId(), bundle.audiences(),
                bundle.promisedDays(), ApplicationForm.of(bundle, members), List.copyOf(members));
    }
}
