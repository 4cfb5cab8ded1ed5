package io.onewindow.kernel.audit;

import java.util.UUID;
import java.util.function.Function;

/**
 * The one way to publish an audited action (全程留痕). It stamps the action's {@link Trace} (who, in which
 * role and department, in which request, when by the platform's clock), writes the private audit record
 * and the pending log entry in the caller's transaction, so that the action and its record commit or roll
 * back together, and publishes the event to the modules that listen for it.
 *
 * <p>It must be called inside a read-write transaction; outside one it throws
 * {@link AuditedActionOutsideTransaction} instead of letting an action go unrecorded.
 */
public interface AuditedActions {

    /**
     * Publishes the action built from its trace, e.g.
     * {@code actions.publish(trace -> new PersonRegistered(person.id(), trace))}; returns the event.
     */
    <E extends Auditable> E publish(Function<Trace, E> action);

    /** Someone read a person's data for a purpose the person will see in "who used my data". */
    default PersonalDataAccessed accessed(UUID subject, String dataKind, String purpose) {
        return publish(trace -> new PersonalDataAccessed(subject, dataKind, purpose, trace));
    }

    /** Someone read a person's data for a purpose, on behalf of another department than their own (e.g. the one reviewing). */
    default PersonalDataAccessed accessed(UUID subject, String dataKind, String purpose, UUID forDepartmentId) {
        return publish(trace -> new PersonalDataAccessed(subject, dataKind, purpose, forDepartmentId, trace));
    }
}
