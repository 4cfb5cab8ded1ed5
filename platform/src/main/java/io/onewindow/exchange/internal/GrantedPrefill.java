package io.onewindow.exchange.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.cases.Applicant;
import io.onewindow.cases.PrefillSource;
import io.onewindow.cases.PrefilledAnswer;
import io.onewindow.cases.RegisteredApplicant;
import io.onewindow.catalogue.FormQuestion;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.Text;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.InformationItem;
import io.onewindow.kernel.audit.AuditedActions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once-only (一次采集，多次复用): answers the questions of an item's form that name a base-library value
 * ({@code person.name}, {@code enterprise.uscc}, …) from the 人口 and 法人 resources, through the grant the
 * item's own (reviewing) department holds for {@code service-application} and masked as that grant says, each
 * answer naming its source (provider and resource). An item of a department without such a grant gets
 * nothing, whatever other departments hold. The read is recorded for the person, with that purpose and that
 * department.
 */
@Component
class GrantedPrefill implements PrefillSource {

    static final String PURPOSE = "service-application";
    /** Form prefill codes (the catalogue's) to the base library's items. */
    private static final Map<String, String> PERSON_ITEMS = Map.of("person.name", "name", "person.citizenId", "citizenId",
            "person.phone", "phone", "person.address", "address", "person.division", "division");
    private static final Map<String, String> ENTERPRISE_ITEMS = Map.of("enterprise.name", "name", "enterprise.uscc", "uscc",
            "enterprise.legalRepresentative", "legalRepresentative", "enterprise.division", "division");

    private final ResourceStore resources;
    private final SharingStore sharing;
    private final SubjectRecords records;
    private final WorkingDays workingDays;
    private final AuditedActions actions;

    GrantedPrefill(ResourceStore resources, SharingStore sharing, SubjectRecords records, WorkingDays workingDays, AuditedActions actions) {
        this.resources = resources;
        this.sharing = sharing;
        this.records = records;
        this.workingDays = workingDays;
        this.actions = actions;
    }

    @Override
    @Transactional
    public Map<String, Map<String, PrefilledAnswer>> prefill(RegisteredApplicant applicant, List<ServiceItem> items) {
        boolean person = applicant.applicant().kind() == Applicant.SubjectKind.PERSON;
        Map<String, String> codes = person ? PERSON_ITEMS : ENTERPRISE_ITEMS;
        Optional<DataResource> resource = resources.find(person ? SubjectRecords.POPULATION : SubjectRecords.LEGAL_ENTITY);
        List<ServiceItem> asking = items.stream().filter(item -> item.form() != null
                && item.form().questions().stream().anyMatch(q -> q.prefill() != null && codes.containsKey(q.prefill()))).toList();
        if (resource.isEmpty() || asking.isEmpty()) {
            return Map.of();
        }
        // The grants of the departments of the items whose forms ask for the resource's values, read at once.
        LocalDate today = workingDays.today();
        Map<UUID, List<Grant>> grants = sharing.grantsOn(resource.get().code(),
                asking.stream().map(ServiceItem::departmentId).distinct().toList());
        // Kept in a list: a service item is a record with its whole form, too large to hash as a map's key.
        List<Granted> granted = new ArrayList<>();
        for (ServiceItem item : asking) {
            grants.getOrDefault(item.departmentId(), List.of()).stream()
                    .filter(g -> g.purpose().equals(PURPOSE) && g.validOn(today)).findFirst()
                    .ifPresent(grant -> granted.add(new Granted(item, grant)));
        }
        if (granted.isEmpty()) {
            return Map.of();
        }
        // The register's record is the applicant as identity gave it when the application started, not read again.
        Optional<SubjectRecords.Row> row = (person ? applicant.asPerson().map(p -> records.of(resource.get(), p))
                : applicant.asEnterprise().map(e -> records.of(resource.get(), e)))
                .flatMap(rows -> rows.stream().findFirst());
        if (row.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, PrefilledAnswer>> answers = new LinkedHashMap<>();
        Set<UUID> readers = new LinkedHashSet<>();
        for (Granted itemGrant : granted) {
            ServiceItem item = itemGrant.item();
            Grant grant = itemGrant.grant();
            Map<String, PrefilledAnswer> here = new LinkedHashMap<>();
            for (FormQuestion question : item.form().questions()) {
                String itemName = question.prefill() == null ? null : codes.get(question.prefill());
                Optional<InformationItem> information = itemName == null ? Optional.empty() : resource.get().item(itemName);
                Object value = itemName == null ? null : row.get().values().get(itemName);
                if (information.isPresent() && value != null && grant.items().contains(itemName)) {
                    here.put(question.field(), new PrefilledAnswer(MaskingPolicy.serve(information.get(), value, grant.clearValues()),
                            source(resource.get())));
                }
            }
            if (!here.isEmpty()) {
                answers.put(item.code(), here);
                readers.add(grant.consumerId());
            }
        }
        if (row.get().personId() != null) {
            readers.forEach(reader -> actions.accessed(row.get().personId(), "exchange." + resource.get().code().toLowerCase(Locale.ROOT),
                    PURPOSE, reader));
        }
        return answers;
    }

    private record Granted(ServiceItem item, Grant grant) {
    }

    private static Text source(DataResource resource) {
        return Text.of(resource.providerName(Locale.CHINESE) + " " + resource.name(), resource.providerNameEn() + ", " + resource.nameEn());
    }
}
