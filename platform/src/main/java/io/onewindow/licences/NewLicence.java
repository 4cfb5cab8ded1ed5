package io.onewindow.licences;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A licence to issue: its type, who holds it (a person's or an enterprise's id in identity; {@code holderKind}
 * null for the type's usual holder, e.g. a business licence may be held by a person's 个体工商户), the issuing
 * department (its identity code), its fields by name, and from when it is valid (the end follows from the
 * type's validity unless {@code validUntil} is given). {@code caseId} when a case's approval issues it.
 */
public record NewLicence(String licenceType, HolderKind holderKind, UUID holderId, String departmentCode, Map<String, String> fields,
                         LocalDate validFrom, LocalDate validUntil, UUID caseId) {

    public NewLicence {
        fields = Map.copyOf(fields);
    }
}
