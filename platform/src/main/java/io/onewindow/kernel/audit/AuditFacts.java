package io.onewindow.kernel.audit;

import java.util.Map;
import java.util.UUID;

/**
 * What the audit trail records of an event, besides its {@link Trace}: the action (e.g.
 * {@code identity.person.registered}), the object acted on, whose personal data was involved (if anyone's)
 * and for what purpose, and the details. The details go to the private audit store only; the public log
 * holds a salted hash of the whole record.
 */
public record AuditFacts(String action, String objectType, String objectId, UUID dataSubject, String purpose,
                         Map<String, Object> detail) {

    public AuditFacts {
        detail = detail == null ? Map.of() : Map.copyOf(detail);
    }

    public static AuditFacts of(String action, String objectType, Object objectId) {
        return new AuditFacts(action, objectType, objectId == null ? null : objectId.toString(), null, null, Map.of());
    }

    /** The same facts, naming the person whose data was involved and why. */
    public AuditFacts concerning(UUID dataSubject, String purpose) {
        return new AuditFacts(action, objectType, objectId, dataSubject, purpose, detail);
    }

    public AuditFacts with(Map<String, Object> moreDetail) {
        Map<String, Object> merged = new java.util.HashMap<>(detail);
        merged.putAll(moreDetail);
        return new AuditFacts(action, objectType, objectId, dataSubject, purpose, merged);
    }
}
