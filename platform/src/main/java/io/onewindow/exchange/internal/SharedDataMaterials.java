package io.onewindow.exchange.internal;

import io.onewindow.calendar.WorkingDays;
import io.onewindow.cases.Applicant;
import io.onewindow.cases.ApplicationParties;
import io.onewindow.cases.AttachedMaterial;
import io.onewindow.cases.MaterialSource;
import io.onewindow.cases.OfferedMaterial;
import io.onewindow.catalogue.Material;
import io.onewindow.catalogue.Text;
import io.onewindow.exchange.DataResource;
import io.onewindow.exchange.ExchangeError;
import io.onewindow.exchange.InformationItem;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.error.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shared data standing for a material (免提交): when a material's {@code satisfiedByData} names a resource of
 * the catalogue, the subject has records in it and the department reviewing the application holds a valid
 * grant on it for {@code case-review} or {@code service-application}, the applicant is offered to let the
 * data stand for the paper. A grant another department holds serves nothing here: the same applicant,
 * applying to a department without a grant, hands the paper in. On the applicant's consent the grant is
 * checked again, the granted items become the verified facts the officer reads, masked as the grant says,
 * and the read is recorded for the person with the grant's purpose and the reviewing department.
 */
@Component
class SharedDataMaterials implements MaterialSource {

    static final String SOURCE = "exchange";
    private static final Set<String> PURPOSES = Set.of("case-review", "service-application");

    private final ResourceStore resources;
    private final SharingStore sharing;
    private final SubjectRecords records;
    private final People people;
    private final Enterprises enterprises;
    private final WorkingDays workingDays;
    private final AuditedActions actions;

    SharedDataMaterials(ResourceStore resources, SharingStore sharing, SubjectRecords records, People people, Enterprises enterprises,
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
    public List<OfferedMaterial> offers(ApplicationParties parties, Material material) {
        return usable(parties, material).map(u -> new OfferedMaterial(SOURCE, u.resource().code(), Text.of(
                u.resource().providerName() + "“" + u.resource().name() + "”中的记录（" + u.rows().size() + "条）",
                u.resource().providerNameEn() + ", " + u.resource().nameEn() + " (" + u.rows().size() + " records)"))).stream().toList();
    }

    @Override
    @Transactional
    public AttachedMaterial attach(ApplicationParties parties, Material material, OfferedMaterial offer, UUID caseId) {
        Usable usable = usable(parties, material).filter(u -> u.resource().code().equals(offer.reference()))
                .orElseThrow(() -> new DomainException(ExchangeError.NO_GRANT, Map.of("resource", offer.reference())));
        Map<String, String> facts = new LinkedHashMap<>();
        for (SubjectRecords.Row row : usable.rows()) {
            for (String itemName : usable.grant().items()) {
                Optional<InformationItem> item = usable.resource().item(itemName);
                Object value = row.values().get(itemName);
                if (item.isPresent() && value != null) {
                    String key = usable.rows().size() == 1 ? itemName : itemName + "#" + row.seq();
                    facts.put(key, String.valueOf(MaskingPolicy.serve(item.get(), value, usable.grant().clearValues())));
                }
            }
            if (row.personId() != null) {
                actions.accessed(row.personId(), "exchange." + usable.resource().code().toLowerCase(Locale.ROOT), usable.grant().purpose(),
                        usable.grant().consumerId());
            }
        }
        return new AttachedMaterial(SOURCE, usable.resource().code() + "@" + usable.grant().id(), offer.description(), facts);
    }

    private record Usable(DataResource resource, Grant grant, List<SubjectRecords.Row> rows) {
    }

    private Optional<Usable> usable(ApplicationParties parties, Material material) {
        Applicant applicant = parties.applicant();
        if (material.satisfiedByData() == null) {
            return Optional.empty();
        }
        Optional<DataResource> resource = resources.find(material.satisfiedByData())
                .filter(r -> r.sharing() != DataResource.SharingType.NOT_SHARED)
                .filter(r -> (r.subjectKind() == DataResource.SubjectKind.PERSON) == (applicant.kind() == Applicant.SubjectKind.PERSON));
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        Optional<Grant> grant = sharing.grantsOn(resource.get().code(), parties.reviewingDepartmentId()).stream()
                .filter(g -> PURPOSES.contains(g.purpose()) && g.validOn(workingDays.today())).findFirst();
        if (grant.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> subject = applicant.kind() == Applicant.SubjectKind.PERSON
                ? people.find(applicant.subjectId()).map(p -> p.citizenId().value())
                : enterprises.find(applicant.subjectId()).map(e -> e.uscc().value());
        List<SubjectRecords.Row> rows = subject.map(s -> records.of(resource.get(), s)).orElse(List.of());
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Usable(resource.get(), grant.get(), rows));
    }
}
