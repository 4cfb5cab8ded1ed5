package io.onewindow.kernel.audit;

import java.util.Map;
import java.util.UUID;

/**
 * Someone read a person's personal data: published by whatever module showed it, so that the person can
 * see who looked, when and why ("who used my data").
 *
 * @param subject  the person whose data was read
 * @param dataKind what was read, e.g. {@code identity.person}
 * @param purpose  why, in the reader's own terms, e.g. {@code counter-identification}
 */
public record PersonalDataAccessed(UUID subject, String dataKind, String purpose, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return new AuditFacts("personal-data.accessed", dataKind, subject.toString(), subject, purpose, Map.of());
    }
}
