package io.onewindow.exchange.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.cases.Applicant;
import io.onewindow.cases.PrefillSource;
import io.onewindow.cases.PrefilledAnswer;
import io.onewindow.catalogue.FormQuestion;
import io.onewindow.catalogue.ServiceItem;
import io.onewindow.catalogue.Text;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.InformationItem;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.kernel.audit.AuditedActions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final People people;
    private final Enterprises enterprises;
    private final WorkingDays workingDays;
    private final AuditedActions actions;

    GrantedPrefill(ResourceStore resources, SharingStore sharing, SubjectRecords records, People people, Enterprises enterprises,
                   WorkingDays workingDays, AuditedActions actions) {
        this.resources = resources;
        this.sharing = sharing;
        this.records = records;
        this.people = people;
        this.enterprises = enterprises;
        this.workingDays = workingDays;
        this.actions = actions;
    }

    @Override
    @Transactional
    public Map<String, PrefilledAnswer> prefill(Applicant applicant, ServiceItem item) {
        boolean person = applicant.kind() == Applicant.SubjectKind.PERSON;
        Map<String, String> codes = person ? PERSON_ITEMS : ENTERPRISE_ITEMS;
        Optional<DataResource> resource = resources.find(person ? SubjectRecords.POPULATION : SubjectRecords.LEGAL_ENTITY);
        if (resource.isEmpty() || item.form() == null) {
            return Map.of();
        }
        List<FormQuestion> asked = item.form().questions().stream().filter(q -> q.prefill() != null && codes.containsKey(q.prefill())).toList();
        Optional<Grant> grant = sharing.grantsOn(resource.get().code(), item.departmentId()).stream()
                .filter(g -> g.purpose().equals(PURPOSE) && g.validOn(workingDays.today())).findFirst();
        if (asked.isEmpty() || grant.isEmpty()) {
            return Map.of();
        }
        Optional<String> subject = person ? people.find(applicant.subjectId()).map(p -> p.citizenId().value())
                : enterprises.find(applicant.subjectId()).map(e -> e.uscc().value());
        List<SubjectRecords.Row> rows = subject.map(s -> records.of(resource.get(), s)).orElse(List.of());
        if (rows.isEmpty()) {
            return Map.of();
        }
        SubjectRecords.Row row = rows.get(0);
        Text source = Text.of(resource.get().providerName(Locale.CHINESE) + " " + resource.get().name(),
                resource.get().providerNameEn() + ", " + resource.get().nameEn());
        Map<String, PrefilledAnswer> answers = new LinkedHashMap<>();
        for (FormQuestion question : asked) {
            String itemName = codes.get(question.prefill());
            Optional<InformationItem> information = resource.get().item(itemName);
            if (grant.get().items().contains(itemName) && information.isPresent() && row.values().get(itemName) != null) {
                answers.put(question.field(), new PrefilledAnswer(MaskingPolicy.serve(information.get(), row.values().get(itemName),
                        grant.get().clearValues()), source));
            }
        }
        if (!answers.isEmpty() && row.personId() != null) {
            actions.accessed(row.personId(), "exchange." + resource.get().code().toLowerCase(Locale.ROOT), PURPOSE, grant.get().consumerId());
        }
        return answers;
    }
}
