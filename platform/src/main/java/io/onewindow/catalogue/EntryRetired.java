package io.onewindow.catalogue;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/** A catalogue entry was retired: its last published version can no longer be applied for, and stays readable. */
public record EntryRetired(String code, int version, EntryKind kind, String departmentCode, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("catalogue.entry.retired", "catalogue-entry", code + "@" + version)
                .with(Map.of("kind", kind.name(), "department", departmentCode));
    }
}
