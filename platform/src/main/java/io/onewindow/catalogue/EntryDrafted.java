package io.onewindow.catalogue;

import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.Trace;
import java.util.Map;

/** A draft version of a catalogue entry was created or changed. */
public record EntryDrafted(String code, int version, EntryKind kind, String departmentCode, Trace trace) implements Auditable {

    @Override
    public AuditFacts audit() {
        return AuditFacts.of("catalogue.entry.drafted", "catalogue-entry", code + "@" + version)
                .with(Map.of("kind", kind.name(), "department", departmentCode));
    }
}
