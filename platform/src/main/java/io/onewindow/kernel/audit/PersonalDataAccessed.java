package io.onewindow.kernel.audit;

import java.util.Map;
import java.util.UUID;

/**
 * Someone read a person's personal data: published by whatever module showed it, so that the person can
 * see who looked, when and why ("who used my data").
 *
 * @param subject         the person whose data was read
 * @param dataKind        what was read, e.g. {@code identity.person}
 * @param purpose         why, in the reader's own terms, e.g. {@code counter-identification}
 * @param forDepartmentId the department the data was read for when that is not the reader's own (e.g. the
 *                        department reviewing an application whose form the applicant had prefilled under
 *                        that department's grant); null otherwise. Kept in the record's details.
 */
public record PersonalDataAccessed(UUID subject, String dataKind, String purpose, UUID forDepartmentId, Trace trace) implements Auditable {

    public PersonalDataAccessed(UUID subject, String dataKind, String purpose, Trace trace) {
        this(subject, dataKind, purpose, null, trace);
    }

    @Override
    public AuditFacts audit() {
        return new AuditFacts("personal-data.accessed", dataKind, subject.toString(), subject, purpose,
                forDepartmentId == null ? Map.of() : Map.of("forDepartment", forDepartmentId.toString()));
    }
}
