package io.onewindow.http.internal;

import io.onewindow.runtime.CommitStatements;
import java.util.List;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks the idempotency key of the request a transaction serves as committed, in that transaction (sent with its
 * COMMIT, {@link CommitStatements}): a request's changes and the mark that they were made commit together. A key
 * so marked is never run again, even when the node dies before it stores the request's answer
 * ({@link IdempotencyFilter}). Spring Boot adds this listener to the transaction manager; it acts only on the
 * request thread while the filter has a claim.
 */
final class CommittedClaims implements TransactionExecutionListener {

    private static final ThreadLocal<Tracked> CURRENT = new ThreadLocal<>();

    private final IdempotencyKeys keys;
    private final CommitStatements commitStatements;

    CommittedClaims(IdempotencyKeys keys, CommitStatements commitStatements) {
        this.keys = keys;
        this.commitStatements = commitStatements;
    }

    /** The claim of the request this thread serves, until {@link #forget()}. */
    static Tracked track(IdempotencyKeys.Claim claim) {
        Tracked tracked = new Tracked(claim);
        CURRENT.set(tracked);
        return tracked;
    }

    static void forget() {
        CURRENT.remove();
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
        Tracked tracked = CURRENT.get();
        if (tracked == null || beginFailure != null || !transaction.isNewTransaction() || transaction.isReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        commitStatements.add(() -> tracked.committed ? List.of() : List.of(keys.markCommitted(tracked.claim)));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tracked.committed = true;
            }
        });
    }

    /** A request's claim, and whether a transaction of the request has committed. */
    static final class Tracked {
        private final IdempotencyKeys.Claim claim;
        private volatile boolean committed;

        private Tracked(IdempotencyKeys.Claim claim) {
            this.claim = claim;
        }

        boolean committed() {
            return committed;
        }
    }
}
