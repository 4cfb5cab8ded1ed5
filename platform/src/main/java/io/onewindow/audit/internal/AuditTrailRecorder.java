package io.onewindow.audit.internal;

import io.onewindow.kernel.audit.Auditable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records every auditable event of every module. Runs after the event's transaction committed, from the
 * event publication registry (the outbox), so an event is never lost and, if delivered again after a
 * crash, is recorded once.
 */
@Component
class AuditTrailRecorder {

    private final RecordStore records;

    AuditTrailRecorder(RecordStore records) {
        this.records = records;
    }

    @ApplicationModuleListener
    void on(Auditable event) {
        records.record(event.trace(), event.audit());
    }
}
