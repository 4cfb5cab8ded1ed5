package io.onewindow.audit.internal;

import io.onewindow.kernel.access.CurrentUser;
import io.onewindow.kernel.audit.Auditable;
import io.onewindow.kernel.audit.AuditedActionOutsideTransaction;
import io.onewindow.kernel.audit.AuditedActions;
import io.onewindow.kernel.audit.Trace;
import io.onewindow.kernel.id.TimeOrderedIds;
import io.onewindow.runtime.CommitStatements;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes audited actions. The records of a transaction's actions are written in one insert sent with its
 * COMMIT ({@link CommitStatements}), in that same transaction: an action that rolls back leaves no record, and a
 * committed action always has its record and its place in the queue for the log (等保: audit cannot be bypassed). The
 * {@link LogIntegrator} then adds the queued records to the log in batches. Once committed, the actions'
 * receipts are noted for the page that answers the request ({@link ReceiptCollector}).
 */
@Service
class AuditTrail implements AuditedActions {

    private final RecordStore records;
    private final CommitStatements commitStatements;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditTrail(RecordStore records, CommitStatements commitStatements, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.commitStatements = commitStatements;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public <E extends Auditable> E publish(Function<Trace, E> action) {
        Instant now = clock.instant();
        Trace trace = new Trace(TimeOrderedIds.next(now), now, CurrentUser.actor(), MDC.get(Trace.REQUEST_ID));
        E event = action.apply(trace);
        if (event.trace() != trace) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " must carry the trace it was given");
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new AuditedActionOutsideTransaction(event.audit().action(),
                    TransactionSynchronizationManager.isActualTransactionActive());
        }
        pendingInThisTransaction().add(new RecordStore.Recorded(trace, event.audit()));
        events.publishEvent(event);
        return event;
    }

    // The records wait in a synchronization of the current transaction (not in a bound resource, which an
    // inner REQUIRES_NEW transaction would share): each transaction writes exactly its own records.
    private List<RecordStore.Recorded> pendingInThisTransaction() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingRecords pending) {
                return pending.records;
            }
        }
        PendingRecords pending = new PendingRecords();
        TransactionSynchronizationManager.registerSynchronization(pending);
        commitStatements.add(() -> records.inserts(pending.records));
        return pending.records;
    }

    private final class PendingRecords implements TransactionSynchronization {
        private final List<RecordStore.Recorded> records = new ArrayList<>();

        @Override
        public void afterCommit() {
            ReceiptCollector.committed(records.stream().map(r -> r.trace().id()).toList());
        }
    }
}
