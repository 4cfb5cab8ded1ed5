package io.onewindow.licences;

import io.onewindow.catalogue.Text;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A kind of licence: its code as the catalogue names it (e.g. {@code BUSINESS_LICENCE}), its type code in
 * licence identifiers, the department that issues it (an identity department code), who holds it, its fields,
 * how long a licence is valid ({@code validity} empty: until revoked) and the materials it stands for.
 */
public record LicenceType(String code, String typeCode, Text name, String departmentCode, HolderKind holder,
                          List<Field> fields, Optional<Period> validity, List<Text> standsFor) {

    public LicenceType {
        fields = List.copyOf(fields);
        standsFor = List.copyOf(standsFor);
    }

    /**
     * A field of the licence. {@code printed}: shown on the licence and on the public verification page (the
     * rest is in the credential only); {@code personal}: a citizen ID or similar, masked wherever shown.
     */
    public record Field(String name, Text label, boolean required, boolean printed, boolean personal) {
    }

    public Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
