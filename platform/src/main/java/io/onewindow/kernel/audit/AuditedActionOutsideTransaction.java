package io.onewindow.kernel.audit;

/**
 * An audited action was published where its record could not commit with it: outside a transaction, or in
 * a read-only one. A programming error, never a user's: the calling method must be {@code @Transactional}.
 */
public class AuditedActionOutsideTransaction extends IllegalStateException {

    public AuditedActionOutsideTransaction(String action, boolean readOnly) {
        super("The audited action " + action + " was published " + (readOnly ? "in a read-only transaction" : "outside a transaction")
                + ": its audit record must commit with it, so publish it from a @Transactional (read-write) method");
    }
}
