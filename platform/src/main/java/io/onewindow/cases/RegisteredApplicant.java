package io.onewindow.cases;

import io.onewindow.identity.EnterpriseView;
import io.onewindow.identity.PersonView;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An applicant with what identity's register holds of them as their application is started: the person, for a
 * person's application, or the enterprise, for an enterprise's. Read once when the application starts and given
 * to every {@link PrefillSource}, which answers from it instead of reading the register again.
 */
public record RegisteredApplicant(Applicant applicant, PersonView person, EnterpriseView enterprise) {

    public RegisteredApplicant {
        Objects.requireNonNull(applicant, "applicant");
        boolean asPerson = applicant.kind() == Applicant.SubjectKind.PERSON;
        if (asPerson ? person == null || enterprise != null || !person.id().equals(applicant.subjectId())
                : enterprise == null || person != null || !enterprise.id().equals(applicant.subjectId())) {
            throw new IllegalArgumentException("The register's record must be the applicant's own, of the applicant's kind");
        }
    }

    public static RegisteredApplicant person(UUID accountId, PersonView person) {
        return new RegisteredApplicant(Applicant.person(accountId, person.id()), person, null);
    }

    public static RegisteredApplicant enterprise(UUID accountId, EnterpriseView enterprise) {
        return new RegisteredApplicant(Applicant.enterprise(accountId, enterprise.id()), null, enterprise);
    }

    /** The person, when a person applies. */
    public Optional<PersonView> asPerson() {
        return Optional.ofNullable(person);
    }

    /** The enterprise, when an enterprise applies. */
    public Optional<EnterpriseView> asEnterprise() {
        return Optional.ofNullable(enterprise);
    }

    /** The register's name of the applicant, as their cases show it. */
    public String name() {
        return person != null ? person.name() : enterprise.name();
    }

    /** The applicant's division, where their cases are handled. */
    public String divisionCode() {
        return person != null ? person.divisionCode() : enterprise.divisionCode();
    }
}
