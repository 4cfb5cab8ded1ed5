package io.onewindow.licences;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A licence to issue: its type, who holds it (a person's or an enterprise's id in identity; {@code holderKind}
 * null for the type's usual holder, e.g. a business licence may be held by a person's 个体工商户), the issuing
 * department (its identity code), its fields by name, and from when it is valid (the end follows from the
 * type's validity unless {@code validUntil} is given). {@code caseId} when a case's approval issues it.
 * {@code identifier}: the identifier an imported licence already has (null: the platform assigns one).
 */
public record NewLicence(String licenceType, HolderKind holderKind, UUID holderId, String departmentCode, Map<String, String> fields,
                         LocalDate validFrom, LocalDate validUntil, UUID caseId, String identifier) {

    public NewLicence {
        fields = Map.copyOf(fields);
    }

    public NewLicence(String licenceType, HolderKind holderKind, UUID holderId, String departmentCode, Map<String, String> fields,
                      LocalDate validFrom, LocalDate validUntil, UUID caseId) {
        this(licenceType, holderKind, holderId, departmentCode, fields, validFrom, validUntil, caseId, null);
    }
}
