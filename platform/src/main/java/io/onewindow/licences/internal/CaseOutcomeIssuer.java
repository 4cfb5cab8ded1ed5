package io.onewindow.licences.internal;

import io.onewindow.cases.Applicant;
import io.onewindow.cases.CaseConcluded;
import io.onewindow.catalogue.Outcome;
import io.onewindow.catalogue.ServiceCatalogue;
import io.onewindow.identity.Departments;
import io.onewindow.identity.Enterprises;
import io.onewindow.identity.People;
import io.onewindow.licences.HolderKind;
import io.onewindow.licences.LicenceType;
import io.onewindow.licences.LicenceTypes;
import io.onewindow.licences.NewLicence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An approved case of an item whose outcome is a licence issues that licence to the applicant, from the
 * department that decided. Its fields come from the applicant's answers (by field name) and from identity
 * (names, codes). A case issues at most one licence, however often the event is delivered.
 */
@Component
class CaseOutcomeIssuer {

    private static final Logger log = LoggerFactory.getLogger(CaseOutcomeIssuer.class);

    private final LicenceLibrary library;
    private final LicenceStore store;
    private final LicenceTypes types;
    private final ServiceCatalogue catalogue;
    private final Departments departments;
    private final People people;
    private final Enterprises enterprises;

    CaseOutcomeIssuer(LicenceLibrary library, LicenceStore store, LicenceTypes types, ServiceCatalogue catalogue,
                      Departments departments, People people, Enterprises enterprises) {
        this.library = library;
        this.store = store;
        this.types = types;
        this.catalogue = catalogue;
        this.departments = departments;
        this.people = people;
        this.enterprises = enterprises;
    }

    @ApplicationModuleListener
    void on(CaseConcluded event) {
        if (event.decision() != CaseConcluded.Decision.APPROVED || store.findByCase(event.caseId()).isPresent()) {
            return;
        }
        Optional<LicenceType> type = catalogue.find(event.itemCode(), event.itemVersion())
                .map(item -> item.outcome())
                .filter(outcome -> outcome != null && outcome.kind() == Outcome.Kind.LICENCE)
                .flatMap(outcome -> types.find(outcome.licenceType()));
        if (type.isEmpty()) {
            return;
        }
        String department = departments.find(event.departmentId()).map(d -> d.code()).orElse(type.get().departmentCode());
        HolderKind holder = event.applicant().kind() == Applicant.SubjectKind.PERSON ? HolderKind.PERSON : HolderKind.ENTERPRISE;
        library.issue(new NewLicence(type.get().code(), holder, event.applicant().subjectId(), department,
                fields(type.get(), event), null, null, event.caseId()), "CASE");
        log.info("Issued a {} for case {}", type.get().code(), event.caseId());
    }

    /** Form answers that fill a licence field of another name, by licence field. */
    private static final Map<String, List<String>> ANSWERS = Map.ofEntries(
            Map.entry("name", List.of("enterpriseName", "companyName", "shopName", "applicantName")),
            Map.entry("operator", List.of("shopName", "companyName", "enterpriseName")),
            Map.entry("unitName", List.of("shopName", "companyName", "enterpriseName")),
            Map.entry("premises", List.of("businessAddress")),
            Map.entry("address", List.of("businessAddress", "residenceAddress", "address")),
            Map.entry("mainBusiness", List.of("businessScope")),
            Map.entry("location", List.of("propertyAddress")),
            Map.entry("rightType", List.of("registrationKind")),
            Map.entry("childName", List.of("babyName")),
            Map.entry("birthDate", List.of("babyBirthDate")),
            Map.entry("birthPlace", List.of("birthHospital")),
            Map.entry("spouseName", List.of("partnerName")),
            Map.entry("category", List.of("disabilityKind")),
            Map.entry("owner", List.of("applicantName")));

    /**
     * Who the holder is comes from the registers, whatever the form said: a licence signed for one person never names
     * another (an applicant typing someone else's name and ID, which an officer sees masked, issued nothing in their name).
     */
    private static final Set<String> HOLDER_PERSON = Set.of("name", "citizenId", "owner");
    private static final Set<String> HOLDER_ENTERPRISE = Set.of("uscc", "legalRepresentative");

    private Map<String, String> fields(LicenceType type, CaseConcluded event) {
        Map<String, String> known = new HashMap<>();
        if (event.applicant().kind() == Applicant.SubjectKind.PERSON) {
            people.find(event.applicant().subjectId()).ifPresent(p -> {
                known.put("name", p.name());
                known.put("citizenId", p.citizenId().value());
                known.put("owner", p.name());
            });
        } else {
            enterprises.find(event.applicant().subjectId()).ifPresent(e -> {
                known.put("name", e.name());
                known.put("operator", e.name());
                known.put("unitName", e.name());
                known.put("uscc", e.uscc().value());
                known.put("establishedOn", String.valueOf(e.establishedOn()));
                people.find(e.legalRepresentativeId()).ifPresent(p -> known.put("legalRepresentative", p.name()));
            });
        }
        Set<String> registered = event.applicant().kind() == Applicant.SubjectKind.PERSON ? HOLDER_PERSON : HOLDER_ENTERPRISE;
        Map<String, String> fields = new HashMap<>();
        for (LicenceType.Field field : type.fields()) {
            if (registered.contains(field.name()) && known.containsKey(field.name())) {
                fields.put(field.name(), known.get(field.name()));
                continue;
            }
            Object answer = event.answers().get(field.name());
            for (String alias : ANSWERS.getOrDefault(field.name(), List.of())) {
                answer = answer != null ? answer : event.answers().get(alias);
            }
            String value = answer != null && !String.valueOf(answer).isBlank() ? String.valueOf(answer) : known.get(field.name());
            if (value != null && !value.isBlank()) {
                fields.put(field.name(), value);
            }
        }
        return fields;
    }
}
