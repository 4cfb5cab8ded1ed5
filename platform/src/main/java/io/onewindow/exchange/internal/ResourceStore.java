package io.onewindow.exchange.internal;

import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.DataResources;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.exchange.InformationItem;
import io.onewindow.exchange.ResourceRegistered;
import io.onewindow.identity.DepartmentView;
import io.onewindow.identity.Departments;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's resources and their items. The catalogue is small (hundreds of resources in a city) and is
 * read on every query, so it is held in memory, loaded on first use and again after each registration here.
 */
@Service
public class ResourceStore implements DataResources {

    private final JdbcClient jdbc;
    private final Departments departments;
    private final AuditedActions actions;
    private final Clock clock;
    private volatile Loaded cached;

    /** The catalogue as read, with each resource's words for the search, lower-cased once rather than on every search. */
    private record Loaded(Map<String, DataResource> byCode, Map<String, String> searched) {
        static Loaded of(Map<String, DataResource> byCode) {
            return new Loaded(byCode, byCode.values().stream().collect(Collectors.toMap(DataResource::code,
                    r -> (r.code() + " " + r.catalogueCode() + " " + r.name() + " " + r.nameEn() + " " + r.summary() + " " + r.summaryEn()
                            + " " + r.providerName() + " " + r.providerNameEn()).toLowerCase(Locale.ROOT))));
        }
    }

    ResourceStore(JdbcClient jdbc, Departments departments, AuditedActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.actions = actions;
        this.clock = clock;
    }

    /** A resource entering the catalogue, with its items; the provider must be a department. */
    @Transactional
    public DataResource register(DataResource resource) {
        DepartmentView provider = departments.find(resource.providerId())
                .orElseThrow(() -> new DomainException(ExchangeError.NOT_YOUR_DEPARTMENT));
        jdbc.sql("""
                        insert into exchange.resource (code, catalogue_code, category, name, name_en, provider_id, summary, summary_en,
                          format, subject_kind, sharing, conditions, method, open_type, update_cycle, published_on, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(resource.code(), resource.catalogueCode(), resource.category().name(), resource.name(), resource.nameEn(),
                        provider.id(), resource.summary(), resource.summaryEn(), resource.format(), resource.subjectKind().name(),
                        resource.sharing().name(), resource.conditions(), resource.method().name(), resource.openType().name(),
                        resource.updateCycle().name(), Date.valueOf(resource.publishedOn()), java.sql.Timestamp.from(Instant.now(clock)))
                .update();
        int position = 0;
        for (InformationItem item : resource.items()) {
            jdbc.sql("""
                            insert into exchange.item (resource_code, position, name, label, label_en, data_type, sensitivity, personal, mask)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(resource.code(), position++, item.name(), item.label(), item.labelEn(), item.dataType(),
                            item.sensitivity().name(), item.personal(), item.mask().name())
                    .update();
        }
        actions.publish(trace -> new ResourceRegistered(resource.code(), provider.id(), trace));
        cached = null;
        return find(resource.code()).orElseThrow();
    }

    @Override
    public Optional<DataResource> find(String code) {
        return Optional.ofNullable(resources().get(code));
    }

    public DataResource require(String code) {
        return find(code).orElseThrow(() -> new DomainException(ExchangeError.RESOURCE_NOT_FOUND, Map.of("code", String.valueOf(code))));
    }

    @Override
    public List<DataResource> all() {
        return List.copyOf(resources().values());
    }

    @Override
    public List<DataResource> search(String text, DataResource.Category category, DataResource.SharingType sharing, String providerCode) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        UUID provider = providerCode == null || providerCode.isBlank() ? null
                : departments.findByCode(providerCode).map(DepartmentView::id).orElse(new UUID(0, 0));
        Loaded loaded = loaded();
        return loaded.byCode().values().stream()
                .filter(r -> category == null || r.category() == category)
                .filter(r -> sharing == null || r.sharing() == sharing)
                .filter(r -> provider == null || r.providerId().equals(provider))
                .filter(r -> words.isEmpty() || loaded.searched().get(r.code()).contains(words))
                .toList();
    }

    /** The resources a department provides. */
    public List<DataResource> providedBy(UUID department) {
        return resources().values().stream().filter(r -> r.providerId().equals(department)).toList();
    }

    private Map<String, DataResource> resources() {
        return loaded().byCode();
    }

    private Loaded loaded() {
        Loaded current = cached;
        if (current == null) {
            current = Loaded.of(load());
            cached = current;
        }
        return current;
    }

    private Map<String, DataResource> load() {
        Map<String, List<InformationItem>> items = jdbc.sql("select * from exchange.item order by resource_code, position")
                .query((rs, n) -> Map.entry(rs.getString("resource_code"), new InformationItem(rs.getString("name"), rs.getString("label"),
                        rs.getString("label_en"), rs.getString("data_type"), InformationItem.Sensitivity.valueOf(rs.getString("sensitivity")),
                        rs.getBoolean("personal"), InformationItem.Mask.valueOf(rs.getString("mask")))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, DepartmentView> providers = departments.all().stream().collect(Collectors.toMap(DepartmentView::id, d -> d));
        return jdbc.sql("select * from exchange.resource").query((rs, n) -> {
                    DepartmentView provider = providers.get(rs.getObject("provider_id", UUID.class));
                    String code = rs.getString("code");
                    return new DataResource(code, rs.getString("catalogue_code"), DataResource.Category.valueOf(rs.getString("category")),
                            rs.getString("name"), rs.getString("name_en"), provider.id(), provider.name(), provider.nameEn(),
                            rs.getString("summary"), rs.getString("summary_en"), rs.getString("format"),
                            DataResource.SubjectKind.valueOf(rs.getString("subject_kind")), DataResource.SharingType.valueOf(rs.getString("sharing")),
                            rs.getString("conditions"), DataResource.ShareMethod.valueOf(rs.getString("method")),
                            DataResource.OpenType.valueOf(rs.getString("open_type")), DataResource.UpdateCycle.valueOf(rs.getString("update_cycle")),
                            rs.getDate("published_on").toLocalDate(), items.getOrDefault(code, List.of()));
                }).list().stream()
                .sorted(Comparator.comparing(DataResource::catalogueCode))
                .collect(Collectors.toMap(DataResource::code, r -> r, (a, b) -> a, LinkedHashMap::new));
    }
}
