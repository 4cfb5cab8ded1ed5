package io.onewindow.catalogue;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/** A version of a catalogue entry was published; the version it replaces (if any) is superseded. */
public record EntryPublished(String code, int version, EntryKind kind, String departmentCode, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("catalogue.entry.published", "catalogue-entry", code + "@" + version)
                .with(Map.of("kind", kind.name(), "department", departmentCode));
    }
}
